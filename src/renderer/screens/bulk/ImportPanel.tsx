import type { BatchSummary } from '../../../shared/contract/batch';
import { ErrorNote } from '../../components/ErrorNote';
import { ImportFilesForm } from './ImportFilesForm';
import { MappingTable } from './MappingTable';
import { useImport } from './use-import';

/** Choose the files, check the mapping of their columns, then check and keep the rows as a batch. */
export function ImportPanel({
  envName,
  onKept,
}: {
  envName: string;
  onKept: (summary: BatchSummary) => void;
}) {
  const { state, error, read, setColumn, accept, restart } = useImport(onKept);
  const files =
    state.stage === 'mapping' || state.stage === 'checking' || state.stage === 'keeping' ? state.files : [];
  return (
    <>
      {state.stage === 'choose' || state.stage === 'reading' ? (
        <ImportFilesForm busy={state.stage === 'reading'} onRead={(f) => void read(f)} />
      ) : null}
      <ErrorNote error={error} />
      <p className="bulk-status" role="status" data-testid="import-status">
        {state.stage === 'reading'
          ? 'Reading the files…'
          : state.stage === 'mapping'
            ? 'Check how the columns are matched, then check the rows. Nothing is kept or sent yet.'
            : state.stage === 'checking'
              ? "Checking every practice with the wizard's rules…"
              : state.stage === 'keeping'
                ? `${state.rows.toLocaleString()} practices checked: ${(state.rows - state.withProblems).toLocaleString()} ready, ${state.withProblems.toLocaleString()} with problems. Keeping them as a batch in ${envName}…`
                : ''}
      </p>
      {files.map((f) => (
        <MappingTable key={f.kind} file={f} onColumn={setColumn} />
      ))}
      {state.stage === 'mapping' ? (
        <div className="bulk-actions">
          <button type="button" className="button button--primary" onClick={() => void accept()}>
            Check the rows
          </button>
          <button type="button" className="button" onClick={restart}>
            Choose other files
          </button>
        </div>
      ) : null}
    </>
  );
}
