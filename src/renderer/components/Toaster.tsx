import { useEffect, useState } from 'react';
import type { SmsToast } from '../../shared/contract/sms';
import { api } from '../api/client';
import { hrefFor } from '../stores/route-store';
import { useSmsChanges } from '../screens/sms/sms-changes-store';
import { groupToasts } from '../screens/sms/toast-groups';
import '../screens/sms/sms.css';

const POLL_MS = 3_000;
const SHOW_MS = 30_000;
/** More practices than this are named in the text but not each given a link. */
const MAX_LINKS = 3;

/**
 * In-app notifications, e.g. "SMS number approved": what main could not show as an OS notification. Every
 * notice on screen is grouped into ONE toast (one line per kind), top right under the top bar, clear of the
 * screen's own actions; each practice gets an "Open <practice>" link. Also passes main's SMS change counter on,
 * so screens showing numbers refresh by themselves.
 */
export function Toaster() {
  const [toasts, setToasts] = useState<Array<SmsToast & { until: number }>>([]);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const r = await api.sms.notifications();
      if (stopped || !r.ok) return;
      useSmsChanges.getState().set(r.data.changeSeq);
      const now = Date.now();
      const arrived = r.data.toasts.map((t) => ({ ...t, until: now + SHOW_MS }));
      // A new notice keeps the whole group on screen for another SHOW_MS.
      setToasts((old) => {
        const kept = [...old, ...arrived].filter((t) => t.until > now);
        return arrived.length > 0 ? kept.map((t) => ({ ...t, until: now + SHOW_MS })) : kept;
      });
    };
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);
  const dismiss = () => setToasts([]);
  const groups = groupToasts(toasts);
  const practices = [...new Map(groups.flatMap((g) => g.practices).map((p) => [p.accountId, p])).values()];
  return (
    <div className="toaster" role="region" aria-label="Notifications" aria-live="polite">
      {groups.length > 0 ? (
        <div
          className="toast"
          data-tone={groups.some((g) => g.tone === 'warn') ? 'warn' : 'ok'}
          data-testid="toast"
        >
          {groups.map((g) => (
            <p key={g.kind} className="toast__line" data-kind={g.kind}>
              {g.text}
            </p>
          ))}
          <div className="toast__actions">
            {practices.slice(0, MAX_LINKS).map((p) => (
              <a key={p.accountId} href={hrefFor('sms', p.accountId)} onClick={dismiss}>
                Open {p.name}
              </a>
            ))}
            <button type="button" className="button" onClick={dismiss}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
