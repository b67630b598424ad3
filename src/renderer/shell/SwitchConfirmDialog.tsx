import { useEffect, useRef } from 'react';
import { useEnvironments } from '../stores/environments-store';

/**
 * "Switch to Production?": naming it and its base URL. Nothing switches until the person chooses to. showModal()
 * puts the focus on the first button, "Stay where I am".
 */
export function SwitchConfirmDialog() {
  const pending = useEnvironments((s) => s.pending);
  const confirmSwitch = useEnvironments((s) => s.confirmSwitch);
  const cancelSwitch = useEnvironments((s) => s.cancelSwitch);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (pending && !dialog.open) dialog.showModal();
    if (!pending && dialog.open) dialog.close();
  }, [pending]);

  return (
    <dialog
      ref={ref}
      className="switch-dialog"
      aria-labelledby="switch-title"
      aria-describedby="switch-body"
      onCancel={(e) => {
        e.preventDefault();
        cancelSwitch();
      }}
    >
      {pending ? (
        <>
          <h2 id="switch-title">Switch to {pending.name}?</h2>
          <div id="switch-body">
            <p>
              {pending.name} is where real practices live: <code>{pending.apiBase}</code>. Every screen will
              then show and change {pending.name}&apos;s accounts, and every write there asks you to confirm.
            </p>
            <p>
              Your drafts and queued submissions stay in the environment they were made in; you will not see
              them there.
            </p>
          </div>
          <div className="switch-dialog__actions">
            <button type="button" className="button" onClick={cancelSwitch}>
              Stay where I am
            </button>
            <button type="button" className="button button--danger" onClick={() => void confirmSwitch()}>
              Switch to {pending.name}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
