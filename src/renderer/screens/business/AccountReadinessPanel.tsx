import type { ReadinessInput } from '../../../shared/contract/business';
import { computeSmsReadiness, readinessSummary } from '../../../shared/domain/sms-readiness';
import { ErrorNote } from '../../components/ErrorNote';
import { hrefFor } from '../../stores/route-store';
import { ReadinessChecklist } from './ReadinessChecklist';
import { smsDetailsFixLabel } from './sms-details-words';
import { useReadinessInput } from './use-readiness-input';
import './business.css';

/**
 * The account page's "SMS business details" checklist (owned by the business-details feature). It loads the
 * account itself; `input` (already loaded) and `showFix` are for the Missing Business Info screen.
 */
export function AccountReadinessPanel({
  accountId,
  input,
  showFix = true,
}: {
  accountId: string;
  input?: ReadinessInput;
  showFix?: boolean;
}) {
  if (input) return <ReadinessPanelView accountId={accountId} input={input} showFix={showFix} />;
  return <LoadingReadinessPanel accountId={accountId} showFix={showFix} />;
}

function LoadingReadinessPanel({ accountId, showFix }: { accountId: string; showFix: boolean }) {
  const { input, error, loading, reload } = useReadinessInput(accountId);
  if (input) return <ReadinessPanelView accountId={accountId} input={input} showFix={showFix} />;
  return (
    <section className="panel readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">SMS business details</h2>
      {loading ? <p className="empty">Checking the business details Updox holds…</p> : null}
      <ErrorNote error={error} />
      {error ? (
        <button type="button" className="button" onClick={() => void reload()}>
          Try again
        </button>
      ) : null}
    </section>
  );
}

function ReadinessPanelView({
  accountId,
  input,
  showFix,
}: {
  accountId: string;
  input: ReadinessInput;
  showFix: boolean;
}) {
  const readiness = computeSmsReadiness(input.account, input.partner);
  const summary = readinessSummary(readiness);
  const fixLabel = smsDetailsFixLabel(readiness);
  return (
    <section className="panel readiness" aria-labelledby="readiness-title">
      <div className="readiness__head">
        <h2 id="readiness-title">SMS business details</h2>
        <span
          className={`badge ${readiness.complete ? 'badge--ok' : 'badge--amber'}`}
          data-testid="readiness-summary"
        >
          {summary.replace('SMS business details: ', '')}
        </span>
      </div>
      <p className="readiness__intro">
        Updox checks these details (the practice&apos;s and your company&apos;s) with US carriers before it
        allows SMS.{' '}
        {readiness.complete ? 'Nothing is missing.' : 'SMS stays unavailable until the gaps are filled.'}
      </p>
      <ReadinessChecklist readiness={readiness} />
      {showFix && fixLabel ? (
        <a className="button button--primary" href={hrefFor('business', accountId)}>
          {fixLabel}
        </a>
      ) : null}
    </section>
  );
}
