import { SHEET_COLUMNS } from '../../domain/csv-columns.ts';
import { templateCsv, vocabularyCsv } from '../../domain/csv-sheet.ts';
import { download } from './download.ts';

const button = 'rounded border border-rule px-3 py-1 text-sm hover:border-muted';

/** The spreadsheet path: a template to fill in, the vocabularies, and what each column holds. */
export function SheetTemplate() {
  return (
    <section aria-labelledby="sheet-heading" className="mt-6">
      <h2 id="sheet-heading" className="text-xl font-semibold">
        From a spreadsheet
      </h2>
      <p className="mt-2 leading-relaxed">
        Code one claim per row, save the sheet as CSV (UTF-8, with commas or semicolons), and drop it below. Each
        distinct event, actor and source becomes one record; problems are reported by row and column.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() => download('narratives-template.csv', 'text/csv;charset=utf-8', templateCsv())}
        >
          Download the template (CSV)
        </button>
        <button
          type="button"
          className={button}
          onClick={() => download('narratives-vocabularies.csv', 'text/csv;charset=utf-8', vocabularyCsv())}
        >
          Download the vocabularies (CSV)
        </button>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer">The columns</summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {SHEET_COLUMNS.map((column) => (
            <div key={column.name} className="contents">
              <dt className="font-mono">
                {column.name}
                {'required' in column && ' *'}
              </dt>
              <dd className="text-muted">{column.hint}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-muted">* required. Header names ignore case; the export&rsquo;s CSV opens here too.</p>
      </details>
    </section>
  );
}
