import { selectConnection, useHealth, type ConnectionView } from '../stores/health-store';

const words: Record<ConnectionView, string> = {
  online: 'Online',
  offline: 'Offline',
  unreachable: 'Updox unreachable',
  checking: 'Checking…',
};

export function ConnectionIndicator() {
  const state = useHealth(selectConnection);
  const queued = useHealth((s) => s.health?.outboxCount ?? 0);
  return (
    <span className="connection" role="status" aria-live="polite" data-state={state} data-testid="connection">
      <span className="connection__dot" aria-hidden="true" />
      {words[state]}
      {queued > 0 ? <span className="connection__queued"> · {queued} queued</span> : null}
    </span>
  );
}
