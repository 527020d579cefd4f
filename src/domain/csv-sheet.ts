/**
 * Claims written as the one-sheet spreadsheet the import reads: the CSV export of a view,
 * and the template a research assistant fills in. An exported sheet imports back to the
 * same claims (csv-import.ts).
 */
import { writeDate, writeFigures } from './csv-cells.ts';
import type { SheetColumnName } from './csv-columns.ts';
import { writeCsv } from './csv-text.ts';
import { claimStance, type DatasetIndex } from './dataset-index.ts';
import type { Claim } from './schema.ts';
import { VOCABULARIES } from './suggest.ts';

/**
 * The export's columns: the names and order of earlier releases first (readers' scripts
 * expect them, and the import knows them as other names of its columns), then the rest.
 */
const EXPORT_COLUMNS = [
  'claim_id',
  'event_id',
  'event_title',
  'event_date',
  'place',
  'actor_id',
  'actor',
  'stance',
  'type',
  'form',
  'attribution',
  'attribution_note',
  'hedges',
  'object',
  'addressee',
  'summary',
  'quote',
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'reported_via',
  'said',
  'figures',
  'event_date_approximate',
  'event_summary',
  'actor_role',
  'object_note',
  'source_author',
  'source_kind',
  'source_url',
  'permalink',
] as const;
type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export interface CsvOptions {
  /** A UTF-8 byte-order mark, so that Excel reads accents and Cyrillic right. */
  bom?: boolean;
}

/** CSV, one row per claim, with figures, the approximate-date flag, form and attribution as columns. */
export function toCsv(
  index: DatasetIndex,
  claims: readonly Claim[],
  permalink: (claim: Claim) => string,
  options: CsvOptions = {},
): string {
  const name = (id: string) => index.actorById.get(id)?.name ?? id;
  const rows = claims.map((claim) => {
    const event = index.eventById.get(claim.eventId);
    const actor = index.actorById.get(claim.actorId);
    const source = index.sourceById.get(claim.sourceId);
    const record: Record<ExportColumn, string> = {
      claim_id: claim.id,
      event_title: event?.title ?? '',
      event_id: claim.eventId,
      event_date: event ? writeDate({ ...event.date, approximate: false }) : '',
      event_date_approximate: event?.date.approximate ? 'yes' : '',
      event_summary: event?.summary ?? '',
      place: event?.place.name ?? '',
      actor: actor?.name ?? claim.actorId,
      actor_id: claim.actorId,
      actor_role: actor?.role ?? '',
      stance: claimStance(claim, index.actorById),
      type: claim.type,
      form: claim.form ?? '',
      attribution: claim.attribution ?? '',
      attribution_note: claim.attributionNote ?? '',
      hedges: (claim.hedges ?? []).join(' | '),
      object: (claim.object ?? []).map((o) => `${name(o.actorId)} (${o.role})`).join('; '),
      object_note: claim.objectNote ?? '',
      addressee: (claim.addressee ?? []).map(name).join('; '),
      summary: claim.summary,
      quote: claim.quote,
      source_title: source?.title ?? claim.sourceId,
      source_id: claim.sourceId,
      source_publisher: source?.publisher ?? '',
      source_author: source?.author ?? '',
      source_published: source?.published ?? '',
      source_kind: source?.kind ?? '',
      source_url: source?.url ?? '',
      reported_via: claim.reportedVia.map(name).join(' > '),
      said: claim.said ? writeDate(claim.said) : '',
      figures: writeFigures(claim.figures),
      permalink: permalink(claim),
    };
    return EXPORT_COLUMNS.map((column) => record[column]);
  });
  return writeCsv(EXPORT_COLUMNS, rows, options.bom);
}

const TEMPLATE_COLUMNS = [
  'event',
  'event_date',
  'event_date_approximate',
  'place',
  'actor',
  'stance',
  'type',
  'form',
  'attribution',
  'quote',
  'summary',
  'source',
  'publisher',
  'source_date',
  'reported_via',
  'object',
  'figures',
] as const satisfies readonly SheetColumnName[];

const TEMPLATE_ROWS: Record<(typeof TEMPLATE_COLUMNS)[number], string>[] = [
  {
    event: 'Blasts at the Almaty offices of the Otan party',
    event_date: '2004-11',
    event_date_approximate: 'yes',
    place: 'Almaty, Kazakhstan',
    actor: 'Moldiar Orazaliev',
    stance: 'official',
    type: 'characterization',
    form: 'statement',
    attribution: 'explicit',
    quote: 'investigating several scenarios, the most likely one being hooliganism',
    summary:
      'Police chief Orazaliev said that police were investigating several scenarios, hooliganism being the most likely.',
    source: 'Otan Bombing',
    publisher: 'Registan',
    source_date: '2004-11-29',
    reported_via: 'Agence France-Presse > Nathan Hamm',
    object: '',
    figures: '',
  },
  {
    event: 'Tashkent suicide bombings, March-April 2004',
    event_date: '2004-03-28/2004-04-01',
    event_date_approximate: '',
    place: 'Tashkent, Uzbekistan',
    actor: 'National Review Online',
    stance: 'media',
    type: 'casualties',
    form: 'statement',
    attribution: 'reporter',
    quote: 'The bombings killed 47 people, 33 of whom were terrorists and 14 were bystanders and policemen.',
    summary: 'National Review Online puts the dead at 47: 33 terrorists and 14 bystanders and policemen.',
    source: 'terrorism in Kazakhstan',
    publisher: 'Anarchopedia',
    source_date: '2007',
    reported_via: '',
    object: '',
    figures: 'killed: 47 (people killed in all); killed: 33 (terrorists killed)',
  },
];

/** A sheet to fill in: the usual columns and two example rows (the import takes every column of SHEET_COLUMNS). */
export function templateCsv(): string {
  return writeCsv(
    TEMPLATE_COLUMNS,
    TEMPLATE_ROWS.map((row) => TEMPLATE_COLUMNS.map((column) => row[column])),
  );
}

/** The closed vocabularies, one column each, to keep beside the template. */
export function vocabularyCsv(): string {
  const names = Object.keys(VOCABULARIES) as (keyof typeof VOCABULARIES)[];
  const length = Math.max(...names.map((name) => VOCABULARIES[name].length));
  const rows = Array.from({ length }, (_, i) => names.map((name) => VOCABULARIES[name][i] ?? ''));
  return writeCsv(
    names.map((name) => (name === 'role' ? 'object role' : name)),
    rows,
  );
}
