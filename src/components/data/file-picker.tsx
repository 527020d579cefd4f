import { useId, useState } from 'react';

/** A file input that also takes files dropped on it; the input keeps it keyboard-usable. */
export function FilePicker({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) {
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onFiles([...event.dataTransfer.files]);
      }}
      className={`rounded-lg border-2 border-dashed p-6 text-center ${over ? 'border-accent bg-highlight/30' : 'border-rule'}`}
    >
      <label htmlFor={id} className="block font-serif text-lg">
        Drop your JSON files here, or choose them, or a spreadsheet of claims saved as CSV
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv,.json,application/json,.zip,application/zip,.parquet"
        multiple
        disabled={busy}
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
        className="mx-auto mt-3 block text-sm file:mr-3 file:rounded file:border file:border-rule file:bg-transparent file:px-3 file:py-1"
      />
      <p className="mt-2 text-sm text-muted">
        A spreadsheet of claims saved as CSV or Parquet (one row per claim), a data package (its zip, or datapackage.json with its
        CSV files), one combined JSON file, or the five JSON files of the data model.
      </p>
    </div>
  );
}
