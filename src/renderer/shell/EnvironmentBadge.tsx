import type { AppHealth } from '../../shared/contract/app';

const tone: Record<AppHealth['environment']['kind'], string> = {
  sandbox: 'badge--neutral',
  qa: 'badge--amber',
  production: 'badge--red',
  custom: 'badge--amber',
};

export function EnvironmentBadge({ environment }: { environment: AppHealth['environment'] | undefined }) {
  if (!environment) return <span className="badge badge--neutral">Environment…</span>;
  return (
    <span className={`badge ${tone[environment.kind]}`} data-testid="environment-badge">
      <span className="visually-hidden">Environment: </span>
      {environment.name}
    </span>
  );
}
