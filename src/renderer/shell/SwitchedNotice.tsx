import { useEnvironments } from '../stores/environments-store';

/**
 * After a switch of environment, says where the person now works and what stays behind, until dismissed: a switch
 * to QA or a custom environment is as silent as a click otherwise (Production asks first and is framed in red).
 */
export function SwitchedNotice() {
  const switchedTo = useEnvironments((s) => s.switchedTo);
  const dismiss = useEnvironments((s) => s.dismissSwitched);
  if (!switchedTo) return null;
  return (
    <div className="note switched-notice" role="status" data-testid="switched-notice">
      <p>
        <strong>Now working in {switchedTo.name}</strong>
        {switchedTo.apiBase ? <> ({switchedTo.apiBase})</> : null}. Every screen shows and changes{' '}
        {switchedTo.name}&apos;s accounts. Drafts and queued submissions stay in the environment they were
        made in.
      </p>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
