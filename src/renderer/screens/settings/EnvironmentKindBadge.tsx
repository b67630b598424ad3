import type { EnvironmentView } from '../../../shared/contract/environments';

const look: Record<EnvironmentView['kind'], { className: string; text: string }> = {
  sandbox: { className: 'badge--neutral', text: 'Built in, no real practices' },
  qa: { className: 'badge--amber', text: 'Updox test system' },
  production: { className: 'badge--red', text: 'Real practices' },
  custom: { className: 'badge--amber', text: 'Custom address' },
};

export function EnvironmentKindBadge({ kind }: { kind: EnvironmentView['kind'] }) {
  return <span className={`badge ${look[kind].className}`}>{look[kind].text}</span>;
}
