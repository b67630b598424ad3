import { useEffect, useState } from 'react';
import type { DraftSummaryView } from '../../../shared/contract/onboarding';
import { api } from '../../api/client';
import { formatWhen } from '../../components/format-when';
import { hrefFor } from '../../stores/route-store';

/**
 * On a blank "New practice": the unfinished new practices there already are, newest first, each to resume, so
 * the sidebar's New practice never hides one behind a blank form.
 */
export function ResumeOffer({ exclude }: { exclude: string }) {
  const [drafts, setDrafts] = useState<readonly DraftSummaryView[]>([]);
  useEffect(() => {
    let live = true;
    void api.onboarding.listDrafts().then((r) => {
      if (live && r.ok) setDrafts(r.data.drafts.filter((d) => d.kind === 'create'));
    });
    return () => {
      live = false;
    };
  }, []);
  const open = drafts.filter((d) => d.id !== exclude);
  if (open.length === 0) return null;
  const [newest] = open;
  const name = newest!.name.trim() || 'Untitled practice';
  return (
    <aside
      className="note note--warn resume-offer"
      aria-label="Unfinished practice"
      data-testid="resume-offer"
    >
      <p>
        {open.length === 1
          ? `You have an unfinished new practice, ${name}, saved ${formatWhen(newest!.updatedAt)}.`
          : `You have ${open.length} unfinished new practices; the newest is ${name}, saved ${formatWhen(newest!.updatedAt)}.`}{' '}
        <a href={hrefFor('new', newest!.id)}>Resume {name}</a>
        {open.length > 1 ? (
          <>
            {' '}
            or <a href={hrefFor('accounts')}>see them all in Accounts</a>
          </>
        ) : null}
        . Or start another practice below.
      </p>
    </aside>
  );
}
