import { hostKind } from '../api/client';
import { selectConnection, useHealth, type ConnectionView } from '../stores/health-store';

const words: Record<ConnectionView, string> = {
  online: 'Online',
  offline: 'Offline',
  unreachable: 'Updox unreachable',
  checking: 'Checking…',
  'host-lost': 'App host not answering',
};

export function ConnectionIndicator() {
  const state = useHealth(selectConnection);
  const queued = useHealth((s) => s.health?.outboxCount ?? 0);
  return (
    <span className="connection" role="status" aria-live="polite" data-state={state} data-testid="connection">
      <span className="connection__dot" aria-hidden="true" />
      {words[state]}
      {state === 'host-lost' && hostKind === 'web' ? (
        <span className="connection__queued">
          {' '}
          · what you typed is kept; restart it (npm run start:web) and open the address it prints
        </span>
      ) : null}
      {queued > 0 ? <span className="connection__queued"> · {queued} queued</span> : null}
    </span>
  );
}
