import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { StorageNoticeView } from '../../shared/contract/app';
import { api } from '../api/client';
import { answerOf, keys } from '../api/query-client';

const outcomeWords: Record<StorageNoticeView['outcome'], string> = {
  'restored-from-backup': 'The previous copy was used instead: the last change saved to it may be missing.',
  reset: 'It could not be recovered, so the app started it afresh: what it held is not shown.',
  removed:
    'It held only encrypted secrets, so it was deleted: enter those again (Settings, or the Users step).',
};

/**
 * Names every data file the app found damaged since it started (settings, drafts, outbox, partner details,
 * templates, SMS history, vaults), what it did, and where the damaged copy is, so nothing goes silently.
 */
export function StorageNotices() {
  // Asked once; main's storageNotice events add to it (src/renderer/api/event-queries.ts).
  const { data } = useQuery({
    queryKey: keys.storageNotices,
    queryFn: () => answerOf(api.app.storageNotices()),
  });
  const notices = data?.notices ?? [];
  const dataDir = data?.dataDir ?? '';
  const [dismissed, setDismissed] = useState(0);
  const shown = notices.slice(dismissed);
  if (shown.length === 0) return null;
  return (
    <section className="note note--warn storage-notices" role="alert" aria-labelledby="storage-notices-title">
      <h2 id="storage-notices-title" className="storage-notices__title">
        {shown.length === 1 ? 'A data file was damaged' : `${shown.length} data files were damaged`}
      </h2>
      <ul className="storage-notices__list">
        {shown.map((n) => (
          <li key={`${n.file}-${n.at}`} data-testid="storage-notice">
            <code>{n.file}</code>: {n.reason}. {outcomeWords[n.outcome]}
            {n.setAsideAs ? (
              <>
                {' '}
                The damaged copy is kept as <code>{n.setAsideAs}</code>.
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="storage-notices__where">
        In the data folder <code>{dataDir}</code>.{' '}
        <button type="button" className="button" onClick={() => setDismissed(notices.length)}>
          Dismiss
        </button>
      </p>
    </section>
  );
}
