import type { ImportNote } from './import-notes';
import { kindWords } from './import-kinds';

const effectWords: Record<ImportNote['effect'], string> = {
  dropped: 'Not imported',
  excluded: 'Left out',
  kept: 'Imported with a change',
};

/** What the import found in the files beyond the wizard's rules, by file, line and column. */
export function ImportNotes({ notes }: { notes: readonly ImportNote[] }) {
  if (notes.length === 0) return null;
  const dropped = notes.filter((n) => n.effect === 'dropped').length;
  return (
    <details className="panel bulk-notes" open={notes.length <= 20} data-testid="bulk-notes">
      <summary>
        What the import found in the files: {notes.length.toLocaleString()} note
        {notes.length === 1 ? '' : 's'}
        {dropped > 0 ? `, ${dropped.toLocaleString()} line${dropped === 1 ? '' : 's'} not imported` : ''}
      </summary>
      <ul>
        {notes.map((n, i) => (
          <li key={i}>
            <strong>{effectWords[n.effect]}:</strong> {kindWords[n.kind].title} file line {n.line}
            {n.column ? `, ${n.column}` : ''}: {n.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
