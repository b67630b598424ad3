import { useEffect, useState, type FormEvent } from 'react';
import type { MissingInfoResult, ReadinessInput } from '../../../shared/contract/business';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { withProductionConfirm } from '../../api/production-confirm';
import { ErrorNote } from '../../components/ErrorNote';
import { saveMissingFormDraft } from './form-draft';
import { checkMissingForm, fieldKey, type FormValues, type MissingFormField } from './missing-fields';
import { TextField } from './TextField';
import { WebsiteCheckNote, type WebsiteCheckState } from './WebsiteCheckNote';
import { websitePreflight } from './website-preflight';

const isWebsite = (f: MissingFormField) =>
  (f.source === 'account' && f.field === 'websiteUrl') || (f.source === 'partner' && f.field === 'website');

const inputType = (f: MissingFormField): 'text' | 'email' | 'tel' | 'url' =>
  isWebsite(f) ? 'url' : f.field === 'contactEmail' ? 'email' : f.field === 'contactPhone' ? 'tel' : 'text';

/** The Missing Business Info form: only the given fields, kept in sessionStorage as they are typed. */
export function MissingInfoForm({
  accountId,
  environmentId,
  input,
  fields,
  initialValues,
  offline,
  onDone,
}: {
  accountId: string;
  environmentId: string;
  input: ReadinessInput | null;
  fields: readonly MissingFormField[];
  initialValues: FormValues;
  offline: boolean;
  onDone: (result: MissingInfoResult, websiteChecks: readonly WebsiteCheckState[]) => void;
}) {
  const [values, setValues] = useState<FormValues>(initialValues);
  const [showErrors, setShowErrors] = useState(false);
  const [checks, setChecks] = useState<Record<string, WebsiteCheckState>>({});
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(
    () => saveMissingFormDraft(environmentId, accountId, { fields, values }),
    [environmentId, accountId, fields, values],
  );

  const account = input?.account ?? null;
  const partner = input?.partner ?? null;
  const outcome = account ? checkMissingForm(fields, values, account, partner) : null;
  const preflight = (f: MissingFormField) =>
    isWebsite(f)
      ? websitePreflight(
          f.label,
          values[fieldKey(f)] ?? '',
          f.source === 'account' ? (partner?.website ?? null) : null,
        )
      : { url: '', error: null, warnings: [] };
  const errorOf = (f: MissingFormField): string | undefined =>
    showErrors ? (preflight(f).error ?? outcome?.errors[fieldKey(f)]) : undefined;

  const checkSite = async (f: MissingFormField): Promise<WebsiteCheckState | undefined> => {
    const { url, error: bad } = preflight(f);
    const key = fieldKey(f);
    if (!url || bad) return undefined;
    const known = checks[key];
    if (known?.url === url && known.result !== 'checking') return known;
    if (offline) {
      const message =
        'The website was not checked because the app is offline. Updox checks it when it verifies the number.';
      setChecks((c) => ({
        ...c,
        [key]: { url, result: { outcome: 'skipped', redirects: [], finalUrl: url, message } },
      }));
      return;
    }
    setChecks((c) => ({ ...c, [key]: { url, result: 'checking' } }));
    const r = await api.business.checkWebsite({ url });
    const result = r.ok
      ? r.data
      : {
          outcome: 'unreachable' as const,
          redirects: [],
          finalUrl: url,
          message: `The website could not be checked: ${r.error.message}`,
        };
    const state: WebsiteCheckState = { url, result };
    setChecks((c) => ({ ...c, [key]: state }));
    return state;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    setError(null);
    if (!outcome || offline) return;
    const problems = fields.filter((f) => preflight(f).error ?? outcome.errors[fieldKey(f)]);
    if (problems.length > 0) {
      setError({
        kind: 'validation',
        message: `Check ${problems.map((f) => f.label).join(', ')}: ${preflight(problems[0]!).error ?? outcome.errors[fieldKey(problems[0]!)]}`,
      });
      return;
    }
    setBusy(true);
    // The reachability check informs; it never blocks.
    const websiteChecks = (await Promise.all(fields.filter(isWebsite).map((f) => checkSite(f)))).filter(
      (c): c is WebsiteCheckState => c !== undefined,
    );
    const hasPartner = Object.keys(outcome.partner).length > 0;
    const r = await withProductionConfirm((confirmProduction) =>
      api.business.submitMissingInfo({
        accountId,
        account: outcome.account,
        ...(hasPartner ? { partner: outcome.partner } : {}),
        confirmProduction,
      }),
    );
    setBusy(false);
    if (!r.ok) return setError(r.error);
    onDone(r.data, websiteChecks);
  };

  return (
    <form
      className="panel missing-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="missing-form-title"
    >
      <h2 id="missing-form-title">Missing or invalid details</h2>
      {fields.map((f) => {
        const key = fieldKey(f);
        const pf = isWebsite(f) ? preflight(f) : null;
        return (
          <TextField
            key={key}
            name={key}
            label={f.source === 'partner' ? `${f.label} (partner)` : f.label}
            type={inputType(f)}
            hint={f.rule}
            value={values[key] ?? ''}
            error={errorOf(f)}
            onChange={(v) => setValues((cur) => ({ ...cur, [key]: v }))}
            {...(pf ? { onBlur: () => void checkSite(f) } : {})}
          >
            {pf ? <WebsiteCheckNote warnings={pf.warnings} check={checks[key]} /> : null}
          </TextField>
        );
      })}
      {offline ? (
        <p className="note note--warn" role="status">
          You are offline. What you typed is kept on this device; it cannot be sent to Updox until the app is
          online.
        </p>
      ) : null}
      <div className="business-actions">
        <button type="submit" className="button button--primary" disabled={busy || offline || !outcome}>
          {busy ? 'Saving…' : 'Save business info'}
        </button>
      </div>
      <div aria-live="assertive">
        <ErrorNote error={error} />
      </div>
    </form>
  );
}
