import { useHealth } from '../stores/health-store';
import { ConnectionIndicator } from './ConnectionIndicator';
import { EnvironmentBadge } from './EnvironmentBadge';

export function TopBar() {
  const environment = useHealth((s) => s.health?.environment);
  return (
    <header className="topbar">
      <EnvironmentBadge environment={environment} />
      <ConnectionIndicator />
    </header>
  );
}
