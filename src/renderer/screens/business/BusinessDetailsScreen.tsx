import { ReadinessFixPanel } from './ReadinessFixPanel';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { PartnerView } from '../../../shared/contract/business';
import { zodIssuesToFields } from '../../../shared/contract/zod-fields';
import {
  businessDetailsFormSchema,
  emptyBusinessDetails,
  type BusinessDetailsFormValues,
  type PartnerBusinessDetails,
} from '../../../shared/domain/business-details';
import { partnerFieldTable } from '../../../shared/domain/fields/partner-fields';
import { partnerLabels as L } from '../../../shared/domain/labels';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';
import { formatWhen } from '../../components/format-when';
import { FormField } from '../../components/form/FormField';
import { stateOptionsFor } from '../../components/form/state-options';
import { ErrorSummary, useFailedSaveFocus } from './ErrorSummary';
import {
  partnerFormGroups,
  partnerFormProblems,
  partnerInputId,
  type PartnerFormField,
} from './partner-form-fields';
import { usePartnerDraft } from './use-partner-draft';
import { PartnerDraftNote } from './PartnerDraftNote';
import './business.css';

type Values = Record<PartnerFormField, string>;
type BusinessDetailsForm = z.output<typeof businessDetailsFormSchema>;

const toValues = (d: PartnerBusinessDetails | null): Values => {
  const { updatedAt: _u, ...rest } = d ?? emptyBusinessDetails();
  return rest;
};

/** The form's own check of each field, as the person leaves it: the partner field table's rules. */
const partnerResolver = zodResolver(businessDetailsFormSchema);

const savedNotice = (sync: PartnerView['sandboxSync']): string =>
  sync === 'pushed'
    ? 'Business details saved. The sandbox now uses them for SMS verification.'
    : sync === 'failed'
      ? 'Business details saved, but the sandbox could not be updated. Save again to retry.'
      : 'Business details saved. Make the same change in the Updox Partner Portal.';

/** Your company's business details (Updox calls your company the partner), kept by the app per environment. */
export function BusinessDetailsScreen({ params }: { params: readonly string[] }) {
  void params;
  const [view, setView] = useState<PartnerView | null>(null);
  const [values, setValues] = useState<Values>(toValues(null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const { summaryRef, show } = useFailedSaveFocus();
  const draft = usePartnerDraft(view?.environment.id ?? null);
  const form = useForm<BusinessDetailsFormValues, unknown, BusinessDetailsForm>({
    values,
    resolver: partnerResolver,
    mode: 'onTouched',
  });

  useEffect(() => {
    void api.business.partner().then((r) => {
      if (!r.ok) return setError(r.error);
      setView(r.data);
      // A draft is only ever shown in the environment it was typed in.
      const kept = r.data.draft?.environmentId === r.data.environment.id ? r.data.draft : null;
      setValues({ ...toValues(r.data.details), ...kept?.values });
      setRestoredAt(kept?.savedAt ?? null);
    });
  }, []);

  const change = (field: PartnerFormField, v: string) => {
    const next = { ...values, [field]: v };
    setValues(next);
    draft.schedule(next);
  };

  const discardDraft = async () => {
    await draft.forget(true);
    setRestoredAt(null);
    setErrors({});
    setValues(toValues(view?.details ?? null));
    setNotice('Your unsaved changes were discarded; the form shows the saved details.');
  };

  const fail = (fields: Record<string, string>, appError: AppErrorData | null) => {
    setErrors(fields);
    setError(appError);
    show(partnerFormProblems(fields));
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    setError(null);
    const checked = businessDetailsFormSchema.safeParse(values);
    if (!checked.success) return fail(zodIssuesToFields(checked.error.issues), null);
    setErrors({});
    setBusy(true);
    await draft.flush();
    const r = await api.business.savePartner({ details: values });
    setBusy(false);
    if (!r.ok) {
      const fields = Object.fromEntries(
        Object.entries(r.error.fields ?? {}).map(([k, v]) => [k.replace(/^details\./, ''), v]),
      );
      return fail(fields, Object.keys(fields).length > 0 ? null : r.error);
    }
    await draft.forget(false);
    setRestoredAt(null);
    setView(r.data);
    setValues(toValues(r.data.details));
    setNotice(savedNotice(r.data.sandboxSync));
  };

  const problems = partnerFormProblems(errors);
  const envName = view?.environment.name ?? 'this environment';
  return (
    <Screen title="Business details">
      <section className="panel business-intro" aria-label="About these details">
        <p className="business-lead">
          These are your company&apos;s details (Updox calls your company “the partner”), not a
          practice&apos;s.
        </p>
        <p>
          Updox uses your contact below to verify every practice&apos;s SMS number. It uses your website for
          any practice without its own.
        </p>
        <p className="note note--warn">
          These must match what is on file with Updox in its Partner Portal for <strong>{envName}</strong>.
          Updox offers no API for them, so the app keeps its own copy per environment.
          {view?.environment.kind === 'sandbox'
            ? ' In the sandbox, saving also updates the sandbox’s copy.'
            : ''}
        </p>
        <p className="business-updated" data-testid="partner-updated">
          {L.updatedAt}:{' '}
          {view?.updatedAt
            ? `${formatWhen(view.updatedAt)} (${new Date(view.updatedAt).toLocaleString()})`
            : 'never'}
        </p>
      </section>
      <form
        className="panel business-form"
        onSubmit={(e) => void save(e)}
        noValidate
        aria-label="Your company's business details"
      >
        <ErrorSummary problems={problems} summaryRef={summaryRef} />
        <PartnerDraftNote
          restoredAt={restoredAt}
          savedAt={draft.savedAt}
          error={draft.error}
          onDiscard={() => void discardDraft()}
        />
        {partnerFormGroups.map((g) => (
          <fieldset key={g.legend} className="business-group">
            <legend>{g.legend}</legend>
            <div className="business-grid">
              {g.fields.map((field) => (
                <FormField
                  key={field}
                  control={form.control}
                  name={field}
                  spec={partnerFieldTable[field]}
                  id={partnerInputId(field)}
                  error={errors[field]}
                  extras={
                    field === 'state'
                      ? { options: stateOptionsFor(values.state), placeholder: 'Choose a state or territory' }
                      : undefined
                  }
                  onChange={(v) => change(field, String(v))}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <div className="business-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            Save business details
          </button>
        </div>
        <div aria-live="polite">
          {notice ? <p className="note note--ok">{notice}</p> : null}
          <ErrorNote error={error} />
        </div>
      </form>
      <ReadinessFixPanel />
    </Screen>
  );
}
