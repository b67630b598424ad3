import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { MissingInfoResult, ReadinessInput } from '../../../shared/contract/business';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { withProductionConfirm } from '../../api/production-confirm';
import { ErrorNote } from '../../components/ErrorNote';
import { ErrorSummary, useFailedSaveFocus, type FieldProblem } from './ErrorSummary';
import { saveMissingFormDraft } from './form-draft';
import { isWebsiteField, MissingInfoField, type MissingFormValues } from './MissingInfoField';
import {
  checkMissingForm,
  fieldKey,
  hasChanges,
  missingFormProblems,
  missingFormTitle,
  missingInputId,
  type FormValues,
  type MissingFormField,
} from './missing-fields';
import { useWebsiteChecks } from './use-website-checks';
import type { WebsiteCheckState } from './WebsiteCheckNote';
import { websitePreflight } from './website-preflight';

/** The form's flat values ('account.state') as react-hook-form nests them. */
const nested = (values: FormValues): MissingFormValues => {
  const out: MissingFormValues = { account: {}, partner: {} };
  for (const [key, value] of Object.entries(values)) {
    const [source, field] = key.split('.');
    if ((source === 'account' || source === 'partner') && field) out[source][field] = value;
  }
  return out;
};

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
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<readonly FieldProblem[]>([]);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { summaryRef, show } = useFailedSaveFocus();
  const { checks, checkSite } = useWebsiteChecks(offline);
  const formValues = useMemo(() => nested(values), [values]);
  const form = useForm<MissingFormValues>({ values: formValues });

  useEffect(
    () => saveMissingFormDraft(environmentId, accountId, { fields, values }),
    [environmentId, accountId, fields, values],
  );

  const account = input?.account ?? null;
  const partner = input?.partner ?? null;
  const partnerWebsite = partner?.website || null;
  const outcome = account ? checkMissingForm(fields, values, account, partner) : null;
  const preflight = (f: MissingFormField) =>
    isWebsiteField(f)
      ? websitePreflight(f.label, values[fieldKey(f)] ?? '', f.source === 'account' ? partnerWebsite : null)
      : null;
  const problemOf = (f: MissingFormField): string | undefined =>
    preflight(f)?.error ?? outcome?.errors[fieldKey(f)] ?? serverErrors[fieldKey(f)] ?? undefined;
  const errorOf = (f: MissingFormField): string | undefined => (showErrors ? problemOf(f) : undefined);

  const failWith = (problems: readonly FieldProblem[]) => {
    setSummary(problems);
    show(problems);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    setServerErrors({});
    setError(null);
    setNotice(null);
    if (!outcome || offline) return;
    const problems = missingFormProblems(fields, (f) => preflight(f)?.error ?? outcome.errors[fieldKey(f)]);
    if (problems.length > 0) return failWith(problems);
    setSummary([]);
    if (!hasChanges(outcome)) {
      setNotice("Nothing to save yet: type the practice's website, or leave it blank and go back.");
      document.getElementById(missingInputId(fields[0]!))?.focus();
      return;
    }
    setBusy(true);
    // The reachability check informs; it never blocks.
    const websiteChecks = (
      await Promise.all(fields.filter(isWebsiteField).map((f) => checkSite(fieldKey(f), preflight(f)!)))
    ).filter((c): c is WebsiteCheckState => c !== undefined);
    const hasPartner = Object.keys(outcome.partner).length > 0;
    const r = await withProductionConfirm((confirmProduction) =>
      api.business.submitMissingInfo({
        accountId,
        account: outcome.account,
        ...(hasPartner ? { partner: outcome.partner } : {}),
        environmentId,
        confirmProduction,
      }),
    );
    setBusy(false);
    if (r.ok) return onDone(r.data, websiteChecks);
    const known = Object.fromEntries(
      Object.entries(r.error.fields ?? {}).filter(([k]) => fields.some((f) => fieldKey(f) === k)),
    );
    setServerErrors(known);
    if (Object.keys(known).length > 0) failWith(missingFormProblems(fields, (f) => known[fieldKey(f)]));
    if (Object.keys(known).length < Object.keys(r.error.fields ?? {}).length || !r.error.fields) {
      setError(r.error);
    }
  };

  return (
    <form
      className="panel missing-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="missing-form-title"
    >
      <h2 id="missing-form-title">{missingFormTitle(fields)}</h2>
      <ErrorSummary problems={summary} summaryRef={summaryRef} />
      {fields.map((f) => {
        const key = fieldKey(f);
        const pf = preflight(f);
        return (
          <MissingInfoField
            key={key}
            control={form.control}
            field={f}
            value={values[key] ?? ''}
            error={errorOf(f)}
            onChange={(v) => setValues((cur) => ({ ...cur, [key]: v }))}
            preflight={pf}
            check={checks[key]}
            onCheck={() => void (pf ? checkSite(key, pf) : undefined)}
            partnerWebsite={f.source === 'account' ? partnerWebsite : null}
          />
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
          {busy ? 'Saving…' : 'Save SMS business details'}
        </button>
      </div>
      <div aria-live="assertive">
        {notice ? <p className="note note--warn">{notice}</p> : null}
        <ErrorNote error={error} />
      </div>
    </form>
  );
}
