import type { WebsiteCheck } from '../../../shared/contract/business';

export type WebsiteCheckState = { url: string; result: WebsiteCheck | 'checking' };

/** The pre-flight warnings and the reachability check of one website field. Warnings never block the submit. */
export function WebsiteCheckNote({
  warnings,
  check,
}: {
  warnings: readonly string[];
  check: WebsiteCheckState | undefined;
}) {
  const result = check?.result;
  return (
    <div aria-live="polite" data-testid="website-check">
      {warnings.map((w) => (
        <p key={w} className="note note--warn missing-form__field-note">
          {w}
        </p>
      ))}
      {result === 'checking' ? <p className="field__hint">Checking that the website answers…</p> : null}
      {result && result !== 'checking' ? (
        <>
          <p
            className={`note missing-form__field-note ${result.outcome === 'reachable' ? 'note--ok' : 'note--warn'}`}
          >
            {result.message}
          </p>
          {result.redirects.length > 0 ? (
            <ol className="missing-form__redirects" aria-label="Redirects followed">
              {result.redirects.map((r) => (
                <li key={`${r.from}->${r.to}`}>
                  {r.status}: {r.from} → {r.to}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
