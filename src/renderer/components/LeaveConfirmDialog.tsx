import { useEffect, useRef } from 'react';
import { installLeaveGuard, useLeaveGuard } from '../stores/leave-guard-store';

/** Asks before leaving a screen whose guard blocks the way (e.g. the SMS screen with a message typed). */
export function LeaveConfirmDialog() {
  const { guard, pending, answer } = useLeaveGuard();
  const ref = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => installLeaveGuard(), []);
  const open = pending !== null && guard !== null;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The safe answer has the focus.
      stay.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="leave-dialog"
      aria-labelledby="leave-dialog-title"
      aria-describedby="leave-dialog-message"
      onCancel={(e) => {
        e.preventDefault();
        answer('stay');
      }}
    >
      {open ? (
        <>
          <h2 id="leave-dialog-title">{guard.title}</h2>
          <p id="leave-dialog-message">{guard.message}</p>
          <div className="leave-dialog__actions">
            {guard.discard ? (
              <button type="button" className="button" onClick={() => answer('discard')}>
                Discard and leave
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => answer('leave')}>
              Leave and keep it
            </button>
            <button
              type="button"
              ref={stay}
              className="button button--primary"
              onClick={() => answer('stay')}
            >
              Stay here
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
