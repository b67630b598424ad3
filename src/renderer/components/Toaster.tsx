import { useEffect } from 'react';
import { hrefFor } from '../stores/route-store';
import { groupToasts } from '../screens/sms/toast-groups';
import { useToasts } from './toast-store';
import '../screens/sms/sms.css';

/** More practices than this are named in the text but not each given a link. */
const MAX_LINKS = 3;

/**
 * In-app notifications, e.g. "SMS number approved": what main could not show as an OS notification, from its
 * toast events. Every notice on screen is grouped into ONE toast (one line per kind), top right under the top
 * bar, clear of the screen's own actions; each practice gets an "Open <practice>" link. It goes SHOW_MS after the
 * last notice arrived (the toast timeout), or when dismissed.
 */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  const until = useToasts((s) => s.until);
  const dismiss = useToasts((s) => s.dismiss);
  useEffect(() => {
    if (toasts.length === 0) return;
    const timer = window.setTimeout(dismiss, Math.max(0, until - Date.now()));
    return () => window.clearTimeout(timer);
  }, [toasts.length, until, dismiss]);
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
