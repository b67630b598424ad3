import { useHealth } from '../stores/health-store';
import { ConnectionIndicator } from './ConnectionIndicator';
import { EnvironmentBadge } from './EnvironmentBadge';
import { useSwitchNotice } from './use-environment-frame';

const frameWords: Record<string, string> = {
  production: 'Production: real practices. Every write asks you to confirm.',
  qa: 'Updox QA: a test environment of Updox.',
};

export function TopBar() {
  const environment = useHealth((s) => s.health?.environment);
  const notice = useSwitchNotice((s) => s.message);
  const clear = useSwitchNotice((s) => s.set);
  const words = environment ? frameWords[environment.kind] : undefined;
  return (
    <header className="topbar" data-environment-kind={environment?.kind ?? 'unknown'}>
      <div className="topbar__environment">
        <EnvironmentBadge environment={environment} />
        {words ? (
          <span className="topbar__words" data-testid="environment-frame-words">
            {words}
          </span>
        ) : null}
      </div>
      {notice ? (
        <p className="topbar__notice" role="status">
          {notice}{' '}
          <button type="button" className="button topbar__dismiss" onClick={() => clear(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
      <ConnectionIndicator />
    </header>
  );
}
