import type { AppErrorData } from '../../../shared/errors';
import { ErrorNote } from '../../components/ErrorNote';
import { formatWhen } from '../../components/format-when';

/** Says that what was typed in the Business details form is kept as a draft (not saved yet), and offers Discard. */
export function PartnerDraftNote({
  restoredAt,
  savedAt,
  error,
  onDiscard,
}: {
  restoredAt: string | null;
  savedAt: string | null;
  error: AppErrorData | null;
  onDiscard: () => void;
}) {
  const when = savedAt ?? restoredAt;
  if (!when && !error) return null;
  return (
    <div className="note partner-draft-note" role="status" data-testid="partner-draft-note">
      {when ? (
        <p>
          <span>
            {restoredAt && !savedAt
              ? `Restored what you typed earlier (kept ${formatWhen(restoredAt)}). It is not saved yet: `
              : `Your changes are kept as a draft (${formatWhen(when)}). They are not saved yet: `}
            choose <strong>Save business details</strong> to use them.
          </span>
          <button type="button" className="button" onClick={onDiscard}>
            Discard changes
          </button>
        </p>
      ) : null}
      <ErrorNote error={error} />
    </div>
  );
}
