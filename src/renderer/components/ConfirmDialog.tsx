import { useEffect, useRef } from 'react';
import { useConfirmDialog } from './confirm-dialog-store';
import './confirm-dialog.css';

const focusable = 'button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The in-app confirmation (the web host's; the desktop app asks with a native dialog): a modal <dialog> with
 * aria-modal, focus kept inside, Escape and Cancel answer no, and focus goes back where it was. Cancel has the
 * first focus, so a stray Enter never writes to Production or deletes anything.
 */
export function ConfirmDialog() {
  const pending = useConfirmDialog((s) => s.pending);
  const answer = useConfirmDialog((s) => s.answer);
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!pending || !dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      returnTo?.focus();
    };
  }, [pending]);

  const keepFocusInside = (event: React.KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  if (!pending) return null;
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      role="alertdialog"
      data-kind={pending.kind}
      aria-modal="true"
      aria-labelledby="confirm-dialog-title"
      aria-describedby="confirm-dialog-text"
      data-testid="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault();
        answer(false);
      }}
      onKeyDown={keepFocusInside}
    >
      <h2 id="confirm-dialog-title" className="confirm-dialog__title">
        {pending.title}
      </h2>
      <p id="confirm-dialog-text" className="confirm-dialog__text">
        {pending.message}
      </p>
      <div className="confirm-dialog__actions">
        <button type="button" className="button button--danger" onClick={() => answer(true)}>
          {pending.confirmLabel}
        </button>
        <button type="button" className="button" ref={cancelRef} onClick={() => answer(false)}>
          {pending.cancelLabel ?? 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
