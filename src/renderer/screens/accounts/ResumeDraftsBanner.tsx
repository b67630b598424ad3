import type { DraftSummaryView } from '../../../shared/contract/onboarding';
import { formatWhen } from '../../components/format-when';

const SHOWN = 5;

const draftName = (d: DraftSummaryView): string => {
  const name = d.name.trim() === '' ? 'Untitled practice' : d.name;
  return d.kind === 'update' ? `Changes to ${name}` : name;
};

/** "You have N unfinished drafts", with a link to resume (and a Discard) for each, newest first, then "Not now". */
export function ResumeDraftsBanner({
  drafts,
  onDismiss,
  onDiscard,
}: {
  drafts: readonly DraftSummaryView[];
  onDismiss: () => void;
  /** Discard one draft (the screen offers Undo). */
  onDiscard: (draft: { id: string; name: string }) => void;
}) {
  if (drafts.length === 0) return null;
  const shown = drafts.slice(0, SHOWN);
  const more = drafts.length - shown.length;
  return (
    <aside className="panel resume-banner" aria-labelledby="resume-banner-title">
      <h2 id="resume-banner-title">
        You have {drafts.length} unfinished draft{drafts.length === 1 ? '' : 's'}
      </h2>
      <ul className="resume-banner__list">
        {shown.map((d) => (
          <li key={d.id}>
            <a href={`#/new/${encodeURIComponent(d.id)}`}>Resume {draftName(d)}</a>
            <span className="field__hint">
              {d.accountId ? ` · ${d.accountId}` : ''} · saved {formatWhen(d.updatedAt)}
            </span>{' '}
            <button
              type="button"
              className="button resume-banner__discard"
              aria-label={`Discard ${draftName(d)}`}
              onClick={() => onDiscard({ id: d.id, name: draftName(d) })}
            >
              Discard
            </button>
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="field__hint">
          And {more} more: choose &ldquo;Draft&rdquo; under Show to list them all.
        </p>
      ) : null}
      {/* After the Resume links, in reading and Tab order: resuming is what the banner is for. */}
      <p className="resume-banner__foot">
        <button type="button" className="button" onClick={onDismiss}>
          Not now
        </button>
      </p>
    </aside>
  );
}
