import { useState, type FormEvent } from 'react';
import { saveTextFile } from '../activity/save-text-file';
import type { FileToRead } from './import-protocol';
import { importKinds, kindWords, type ImportKind } from './import-kinds';
import { templateCsv, templateFileName } from './template-csv';

const hints: Record<ImportKind, string> = {
  practices: 'One practice per line. Required.',
  locations: 'Optional. One location per line, with the Account ID of its practice.',
  users:
    'One user per line, with the Account ID of its practice. Every practice needs at least one user (Updox signs in with it), so without this file each practice is listed as needing a fix. A user without a Login ID and Password has no web login.',
};

/** Choose the files (CSV, as a spreadsheet saves them) and download a template for each. */
export function ImportFilesForm({ busy, onRead }: { busy: boolean; onRead: (files: FileToRead[]) => void }) {
  const [chosen, setChosen] = useState<Partial<Record<ImportKind, File>>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRead(
      importKinds.flatMap((kind) => {
        const file = chosen[kind];
        return file ? [{ kind, file, name: file.name }] : [];
      }),
    );
  };
  return (
    <form className="panel bulk-files" onSubmit={submit} aria-labelledby="bulk-files-title">
      <h2 id="bulk-files-title">Choose the files</h2>
      <p className="field__hint">
        CSV files, as a spreadsheet saves them (comma or semicolon). Columns are matched to fields by their
        headers; you can change each match before anything is kept.
      </p>
      {importKinds.map((kind) => (
        <div key={kind} className="bulk-files__row">
          <div className="field">
            <label htmlFor={`bulk-file-${kind}`}>
              {kindWords[kind].title} file
              {kind === 'practices' ? <span className="wizard__required"> (required)</span> : null}
            </label>
            <input
              id={`bulk-file-${kind}`}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={`bulk-file-${kind}-hint`}
              onChange={(e) => {
                const file = e.target.files?.[0];
                setChosen((c) => {
                  const { [kind]: _old, ...rest } = c;
                  return file ? { ...rest, [kind]: file } : rest;
                });
              }}
            />
            <span className="field__hint" id={`bulk-file-${kind}-hint`}>
              {hints[kind]}
            </span>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => saveTextFile(templateFileName(kind), templateCsv(kind), 'text/csv')}
          >
            Download the {kind} template
          </button>
        </div>
      ))}
      <button type="submit" className="button button--primary" disabled={busy || !chosen.practices}>
        Read the files
      </button>
    </form>
  );
}
