import { useEffect, useState, type FormEvent } from 'react';
import type { PartnerView } from '../../../shared/contract/business';
import { zodIssuesToFields } from '../../../shared/contract/zod-fields';
import {
  businessDetailsFormSchema,
  emptyBusinessDetails,
  type PartnerBusinessDetails,
} from '../../../shared/domain/business-details';
import { partnerLabels as L } from '../../../shared/domain/labels';
import { formatUsPhone } from '../../../shared/domain/field-rules/phone';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';
import { formatWhen } from '../../components/format-when';
import { TextField } from './TextField';
import './business.css';

type Field = Exclude<keyof PartnerBusinessDetails, 'updatedAt'>;
type Values = Record<Field, string>;

const groups: {
  legend: string;
  fields: { field: Field; type?: 'email' | 'tel' | 'url'; hint?: string }[];
}[] = [
  {
    legend: 'Business',
    fields: [
      { field: 'name' },
      { field: 'legalName' },
      {
        field: 'website',
        type: 'url',
        hint: 'Used for any account without a website of its own (for example https://partner.com).',
      },
    ],
  },
  {
    legend: 'Address',
    fields: [
      { field: 'address1' },
      { field: 'address2' },
      { field: 'city' },
      { field: 'state', hint: 'Two letters, for example OH.' },
      { field: 'postal', hint: '5 or 9 digits.' },
      { field: 'countryCode', hint: 'Two letters, for example US.' },
    ],
  },
  {
    legend: 'Contact (used for every SMS number verification)',
    fields: [
      { field: 'contactFirstName' },
      { field: 'contactLastName' },
      { field: 'contactEmail', type: 'email' },
      { field: 'contactPhone', type: 'tel', hint: '10 digits, for example (888) 555-1212.' },
    ],
  },
];

const toValues = (d: PartnerBusinessDetails | null): Values => {
  const { updatedAt: _u, ...rest } = d ?? emptyBusinessDetails();
  return { ...rest, contactPhone: rest.contactPhone ? formatUsPhone(rest.contactPhone) : '' };
};

/** The partner's business details (Updox Partner Portal, "Business Details"), kept by the app per environment. */
export function BusinessDetailsScreen({ params }: { params: readonly string[] }) {
  void params;
  const [view, setView] = useState<PartnerView | null>(null);
  const [values, setValues] = useState<Values>(toValues(null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.business.partner().then((r) => {
      if (!r.ok) return setError(r.error);
      setView(r.data);
      setValues(toValues(r.data.details));
    });
  }, []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    setError(null);
    const checked = businessDetailsFormSchema.safeParse(values);
    if (!checked.success) {
      const fields = zodIssuesToFields(checked.error.issues);
      setErrors(fields);
      setError({
        kind: 'validation',
        message: `Check ${Object.keys(fields).length} field(s): ${Object.values(fields)[0]}`,
      });
      return;
    }
    setErrors({});
    setBusy(true);
    const r = await api.business.savePartner({ details: values });
    setBusy(false);
    if (!r.ok) {
      const fields = Object.fromEntries(
        Object.entries(r.error.fields ?? {}).map(([k, v]) => [k.replace(/^details\./, ''), v]),
      );
      setErrors(fields);
      return setError(r.error);
    }
    setView(r.data);
    setValues(toValues(r.data.details));
    setNotice(
      r.data.sandboxSync === 'pushed'
        ? 'Business details saved. The sandbox now uses them for SMS verification.'
        : r.data.sandboxSync === 'failed'
          ? 'Business details saved, but the sandbox could not be updated. Save again to retry.'
          : 'Business details saved. Make the same change in the Updox Partner Portal.',
    );
  };

  const envName = view?.environment.name ?? 'this environment';
  return (
    <Screen title="Business details">
      <section className="panel business-intro" aria-label="About these details">
        <p>
          Updox verifies every SMS number with US carriers using the practice&apos;s details and these, the
          partner&apos;s: the contact below is used for every verification, and the website for any account
          without one.
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
        aria-label="Partner business details"
      >
        {groups.map((g) => (
          <fieldset key={g.legend} className="business-group">
            <legend>{g.legend}</legend>
            <div className="business-grid">
              {g.fields.map(({ field, type, hint }) => (
                <TextField
                  key={field}
                  name={field}
                  label={L[field]}
                  type={type}
                  {...(hint ? { hint } : {})}
                  value={values[field]}
                  error={errors[field]}
                  onChange={(v) => setValues((cur) => ({ ...cur, [field]: v }))}
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
    </Screen>
  );
}
