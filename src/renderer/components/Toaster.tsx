import { useEffect, useRef, useState } from 'react';
import type { SmsToast } from '../../shared/contract/sms';
import { api } from '../api/client';
import { hrefFor } from '../stores/route-store';
import { useSmsChanges } from '../screens/sms/sms-changes-store';
import '../screens/sms/sms.css';

const POLL_MS = 3_000;
const SHOW_MS = 30_000;

/**
 * In-app notifications (toasts), e.g. "SMS number approved": what main could not show as an OS notification.
 * Also passes main's SMS change counter on, so screens showing numbers refresh by themselves.
 */
export function Toaster() {
  const [toasts, setToasts] = useState<Array<SmsToast & { until: number }>>([]);
  const dismissed = useRef(new Set<string>());
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const r = await api.sms.notifications();
      if (stopped || !r.ok) return;
      useSmsChanges.getState().set(r.data.changeSeq);
      const now = Date.now();
      const arrived = r.data.toasts.map((t) => ({ ...t, until: now + SHOW_MS }));
      setToasts((old) => [...old, ...arrived].filter((t) => t.until > now && !dismissed.current.has(t.id)));
    };
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);
  const dismiss = (id: string) => {
    dismissed.current.add(id);
    setToasts((old) => old.filter((t) => t.id !== id));
  };
  return (
    <div className="toaster" role="region" aria-label="Notifications" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className="toast" data-tone={t.tone} data-testid="toast">
          <strong>{t.title}</strong>
          <p>{t.body}</p>
          <div className="toast__actions">
            <a href={hrefFor('sms', t.accountId)} onClick={() => dismiss(t.id)}>
              Open<span className="visually-hidden"> {t.accountId}</span>
            </a>
            <button type="button" className="button" onClick={() => dismiss(t.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
