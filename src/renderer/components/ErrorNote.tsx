import type { AppErrorData } from '../../shared/errors';

/** An error said in words, announced to screen readers. Never a stack trace. */
export function ErrorNote({ error }: { error: AppErrorData | null | undefined }) {
  if (!error) return null;
  return (
    <p className="note note--error" role="alert">
      {error.message}
    </p>
  );
}
