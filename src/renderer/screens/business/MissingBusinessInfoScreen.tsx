import { useMemo, useState } from 'react';
import type { MissingInfoResult } from '../../../shared/contract/business';
import { computeSmsReadiness, readinessSummary } from '../../../shared/domain/sms-readiness';
import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';
import { hrefFor } from '../../stores/route-store';
import { selectConnection, useHealth } from '../../stores/health-store';
import { AccountReadinessPanel } from './AccountReadinessPanel';
import { clearMissingFormDraft, loadMissingFormDraft } from './form-draft';
import { missingFormFields, fieldKey, type FormValues } from './missing-fields';
import { MissingInfoForm } from './MissingInfoForm';
import { WebsiteCheckNote, type WebsiteCheckState } from './WebsiteCheckNote';
import { useReadinessInput } from './use-readiness-input';
import './business.css';

/**
 * #/business/<accountId>[/sms]: Updox's "Missing Business Info" form, filling in what Updox needs before it can
 * verify an SMS number for the account. Titled "SMS business details" once nothing is missing.
 */
export function MissingBusinessInfoScreen({ params }: { params: readonly string[] }) {
  const accountId = params[0] ?? '';
  const returnToSms = params[1] === 'sms';
  const { input, error, loading, reload, setInput } = useReadinessInput(accountId);
  const offline = useHealth(selectConnection) === 'offline';
  const healthEnv = useHealth((s) => s.health?.environment.id);
  const environmentId = input?.environment.id ?? healthEnv ?? 'active';
  const [done, setDone] = useState<MissingInfoResult | null>(null);
  const [siteChecks, setSiteChecks] = useState<readonly WebsiteCheckState[]>([]);

  const loaded = input !== null;
  const form = useMemo(() => {
    const draft = loadMissingFormDraft(environmentId, accountId);
    if (!input) return draft ? { fields: draft.fields, values: draft.values } : null;
    const fields = missingFormFields(
      computeSmsReadiness(input.account, input.partner),
      input.account,
      input.partner,
    );
    const values: FormValues = Object.fromEntries(
      fields.map((f) => [fieldKey(f), draft?.values[fieldKey(f)] ?? f.initial]),
    );
    return { fields, values };
    // The form is built once per load; typing must not rebuild it.
  }, [loaded, environmentId, accountId]); // eslint-disable-line react-hooks/exhaustive-deps

  const finish = (result: MissingInfoResult, websiteChecks: readonly WebsiteCheckState[]) => {
    setSiteChecks(websiteChecks);
    clearMissingFormDraft(environmentId, accountId);
    setInput({ environment: result.environment, account: result.account, partner: result.partner });
    setDone(result);
  };

  const back = returnToSms ? hrefFor('sms', accountId) : hrefFor('accounts', accountId);
  const readiness = input ? computeSmsReadiness(input.account, input.partner) : null;
  // Updox's name for the form while something is missing; the one name for these details once complete.
  const title = readiness?.complete ? 'SMS business details' : 'Missing business info';
  return (
    <Screen title={title}>
      <p className="readiness__intro">
        Account <strong>{input?.account.name || accountId}</strong> ({accountId})
        {readiness ? (
          <>
            {' · '}
            <span data-testid="missing-summary">{readinessSummary(readiness)}</span>
          </>
        ) : null}
      </p>
      {loading && !input ? <p className="empty">Reading the practice from Updox…</p> : null}
      {error && !input ? (
        <>
          <ErrorNote error={error} />
          <button type="button" className="button" onClick={() => void reload()}>
            Try again
          </button>
        </>
      ) : null}
      {done && readiness ? (
        <section className="panel" aria-labelledby="missing-done-title" data-testid="missing-done">
          <h2 id="missing-done-title">
            {readiness.complete
              ? 'SMS business details saved: complete'
              : 'Saved, but something is still missing'}
          </h2>
          <p className={`note ${readiness.complete ? 'note--ok' : 'note--warn'}`} role="status">
            {readiness.complete
              ? 'SMS business details are complete. Verification is requested the next time a message is sent from this practice (or a number is requested), and takes about 2 to 3 business days.'
              : `${readinessSummary(readiness)}. See the checklist below.`}
          </p>
          {siteChecks.map((c) => (
            <WebsiteCheckNote key={c.url} warnings={[]} check={c} />
          ))}
          <a className="button button--primary missing-form__next" href={back}>
            {returnToSms ? 'Back to SMS' : 'Back to the account'}
          </a>
        </section>
      ) : form && form.fields.length > 0 ? (
        <MissingInfoForm
          key={environmentId}
          accountId={accountId}
          environmentId={environmentId}
          input={input}
          fields={form.fields}
          initialValues={form.values}
          offline={offline}
          onDone={finish}
        />
      ) : input ? (
        <p className="note note--ok">
          Nothing is missing: Updox has what it needs to verify a number for this practice.
        </p>
      ) : null}
      {input ? <AccountReadinessPanel accountId={accountId} input={input} showFix={false} /> : null}
    </Screen>
  );
}
