import type { ImportKind } from './import-kinds';
import { importColumns, kindWords } from './import-kinds';
import type { MappedRead } from './use-import';
import { andList } from '../../../shared/words';

const NOT_IMPORTED = '';

/**
 * A column whose values are never shown: one imported as a password field (the field table says so), or whose
 * header says password while it is not imported.
 */
const isSecretColumn = (field: string | null | undefined, header: string): boolean =>
  Object.values(importColumns).some((columns) =>
    columns.some((c) => c.key === field && c.spec.input?.type === 'password'),
  ) || /pass\s*word|pwd/i.test(header);

const itemWords: Readonly<Record<ImportKind, string>> = {
  practices: 'practice',
  locations: 'location',
  users: 'user',
};

/** One file's columns, each matched to a field of its table or "Not imported"; the person can change each. */
export function MappingTable({
  file,
  onColumn,
}: {
  file: MappedRead;
  onColumn: (kind: ImportKind, column: number, field: string | null) => void;
}) {
  const fields = importColumns[file.kind];
  const matched = file.mapping.filter((m) => m !== null).length;
  const missing = fields
    .filter((f) => f.spec.required && !file.mapping.includes(f.key))
    .map((f) => f.spec.label);
  return (
    <section
      className="panel bulk-mapping"
      aria-labelledby={`mapping-${file.kind}`}
      data-testid={`mapping-${file.kind}`}
    >
      <h2 id={`mapping-${file.kind}`}>
        {kindWords[file.kind].title}: {file.name}
      </h2>
      <p className="field__hint">
        {file.records.toLocaleString()} line{file.records === 1 ? '' : 's'} under the header,{' '}
        {file.delimiter === ';' ? 'separated by semicolons' : 'separated by commas'}. {matched} of{' '}
        {file.headers.length} columns matched
        {file.remembered ? ', as you matched these columns last time' : ' by their headers'}.
      </p>
      {missing.length > 0 ? (
        <p className="note note--warn" data-testid={`mapping-missing-${file.kind}`}>
          No column is imported as {andList(missing)}, which every {itemWords[file.kind]} needs. Choose the
          column that holds {missing.length === 1 ? 'it' : 'them'} below, or every row will need a fix.
        </p>
      ) : null}
      {file.errors.map((e) => (
        <p key={e.line} className="note note--warn">
          Line {e.line}: {e.message}
        </p>
      ))}
      <table className="table bulk-mapping__table">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">First line</th>
            <th scope="col">Imported as</th>
          </tr>
        </thead>
        <tbody>
          {file.headers.map((header, column) => {
            const id = `map-${file.kind}-${column}`;
            return (
              <tr key={`${column}-${header}`}>
                <th scope="row">
                  <label htmlFor={id}>{header || `Column ${column + 1}`}</label>
                </th>
                <td className="bulk-mapping__sample">
                  {isSecretColumn(file.mapping[column], header) && file.sample[column]
                    ? '•••••• (hidden)'
                    : (file.sample[column] ?? '')}
                </td>
                <td>
                  <select
                    id={id}
                    value={file.mapping[column] ?? NOT_IMPORTED}
                    onChange={(e) =>
                      onColumn(file.kind, column, e.target.value === NOT_IMPORTED ? null : e.target.value)
                    }
                  >
                    <option value={NOT_IMPORTED}>Not imported</option>
                    {fields.map((f) => (
                      <option key={f.key} value={f.key}>
                        {f.spec.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
