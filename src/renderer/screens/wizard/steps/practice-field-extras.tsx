import type { FieldExtras } from '../../../components/form/FormField';
import type { PracticeField } from '../../../../shared/domain/fields/practice-fields';
import { suggestAccountId } from '../../../../shared/domain/field-rules/identifiers';
import { normalizePortalAddress, portalPreviewUrl } from '../../../../shared/domain/field-rules/web';
import { suggestTimeZone } from '../../../../shared/domain/state-time-zone';
import { DEFAULT_TIME_ZONE, updoxTimeZones } from '../../../../shared/domain/time-zones';
import { stateOptionsFor } from '../../../components/form/state-options';
import type { StepProps } from '../step-props';

/**
 * The practice fields that show more than their table row says: live hints (availability, the portal preview),
 * choices, suggestions one field makes for another, notes about a value. The only practice component a new field
 * may need; a plain field needs nothing here.
 */
export function practiceFieldExtras(props: StepProps): Partial<Record<PracticeField, FieldExtras>> {
  const { data, kind, errorOf, setData, setPractice, availability } = props;
  const p = data.practice;
  const suggested = suggestAccountId(p.name);
  const accountIdNote =
    // A taken ID is the field's error (shown once, there); the note says free, unknown or "will replace".
    availability.accountId && !errorOf('practice.accountId') ? (
      <span
        data-testid="account-id-availability"
        className={`wizard__avail wizard__avail--${availability.accountId.status}`}
      >
        {availability.accountId.message}
      </span>
    ) : null;
  const portal = normalizePortalAddress(p.websiteAddress);
  const portalHint = availability.portal;
  return {
    name: {
      // Keep the account ID following the name until the person types their own.
      onValue: (value) => {
        if (kind === 'create' && (p.accountId === '' || p.accountId === suggested)) {
          setData((d) => ({
            ...d,
            practice: { ...d.practice, name: value, accountId: suggestAccountId(value) },
          }));
        } else setPractice('name', value);
      },
    },
    accountId: {
      hint: (
        <>
          Your ID for this practice in Updox. Letters, digits, hyphens, underscores or dots.
          {accountIdNote ? <> {accountIdNote}</> : null}
        </>
      ),
    },
    state: {
      placeholder: 'Choose a state or territory',
      options: stateOptionsFor(p.state),
      // Choosing the state suggests its time zone while the time zone is still the default (or the last suggestion).
      onValue: (state) =>
        setData((d) => {
          const tz = d.practice.timeZone;
          const follows = tz === '' || tz === DEFAULT_TIME_ZONE || tz === suggestTimeZone(d.practice.state);
          const next = suggestTimeZone(state);
          return { ...d, practice: { ...d.practice, state, ...(follows && next ? { timeZone: next } : {}) } };
        }),
    },
    timeZone: { options: updoxTimeZones },
    websiteAddress: {
      hint:
        portal === '' ? (
          'The patient portal address, for example sunrise-pediatrics.'
        ) : (
          <>
            Patients will open <strong data-testid="portal-preview">{portalPreviewUrl(portal)}</strong>
            {/* A portal address another practice uses is the field's error (aria-invalid), not only a hint. */}
            {portalHint && !errorOf('practice.websiteAddress') ? (
              <span
                className={`wizard__avail wizard__avail--${portalHint.status}`}
                data-testid="portal-availability"
              >
                {' '}
                · {portalHint.message}
              </span>
            ) : null}
          </>
        ),
    },
    active: p.active
      ? {}
      : { hint: 'An inactive account cannot authenticate: nobody can sign in or use it.' },
    websiteUrl: {
      after:
        p.websiteUrl.trim() === '' ? (
          <p className="note note--warn" data-testid="website-empty-note">
            With no website URL, Updox will use your (the partner&apos;s) website for this practice. Carriers
            check the website when they verify a texting number, so this can raise SMS rejection rates.
          </p>
        ) : null,
    },
  };
}
