import type { PipelineCheck } from '../../../shared/contract/pipeline';

const practices = (n: number) => `${n.toLocaleString()} practice${n === 1 ? '' : 's'}`;
const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Where Check all is: not run yet, running (a progress bar), done, or stopped with the reason. */
export function PipelineCheckNote({ check }: { check: PipelineCheck | null }) {
  if (check === null)
    return (
      <p className="pipeline__note" role="status">
        Stages come from what this app has seen. Check all asks Updox about each practice for what is not
        known yet.
      </p>
    );
  if (check.state === 'running')
    return (
      <div className="pipeline__note" role="status">
        <label htmlFor="pipeline-progress">
          {check.total === 0
            ? 'Checking: reading the list of practices…'
            : `Checking ${check.done.toLocaleString()} of ${practices(check.total)}…`}
        </label>
        <progress id="pipeline-progress" max={Math.max(1, check.total)} value={check.done} />
      </div>
    );
  if (check.state === 'failed')
    return (
      <p className="pipeline__note note note--error" role="alert">
        Check all stopped after {practices(check.done)}: {check.error?.message ?? 'Updox did not answer.'} The
        stages shown keep what was known. Try Check all again when Updox can be reached.
      </p>
    );
  return (
    <p className="pipeline__note" role="status">
      Checked {practices(check.done)} on {when(check.finishedAt ?? check.startedAt)}.
      {check.failed > 0
        ? ` ${practices(check.failed)} could not be read; their stages keep what was known.`
        : ''}
    </p>
  );
}
