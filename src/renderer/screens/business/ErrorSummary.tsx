import { useCallback, useEffect, useRef, useState, type Ref } from 'react';

export interface FieldProblem {
  /** The id of the input to focus. */
  readonly id: string;
  readonly label: string;
  readonly message: string;
}

/** "Check 1 field" / "Check 5 fields". */
export const checkFieldsTitle = (count: number): string => `Check ${count} field${count === 1 ? '' : 's'}`;

/** Puts the caret in a field by id; false when there is no such field on the page. */
const focusField = (id: string): boolean => {
  const el = document.getElementById(id);
  if (!el) return false;
  el.focus();
  return document.activeElement === el;
};

/**
 * After a failed save: once the errors are on screen, the caret goes to the first bad field, or to the summary
 * when no field can take it. Call `show(problems)`; pass `summaryRef` to the ErrorSummary.
 */
export const useFailedSaveFocus = () => {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [request, setRequest] = useState<{ id: string | null; n: number } | null>(null);
  useEffect(() => {
    if (!request) return;
    if (request.id && focusField(request.id)) return;
    summaryRef.current?.focus();
  }, [request]);
  const show = useCallback((problems: readonly FieldProblem[]) => {
    setRequest((r) => ({ id: problems[0]?.id ?? null, n: (r?.n ?? 0) + 1 }));
  }, []);
  return { summaryRef, show };
};

/**
 * Every problem of a form after a failed save, each a button that moves the caret to its field, under
 * "Check n fields". Announced as an alert; the box itself can take focus (tabIndex -1).
 */
export function ErrorSummary({
  problems,
  summaryRef,
}: {
  problems: readonly FieldProblem[];
  summaryRef?: Ref<HTMLDivElement>;
}) {
  if (problems.length === 0) return null;
  return (
    <div
      className="note note--error error-summary"
      role="alert"
      ref={summaryRef}
      tabIndex={-1}
      data-testid="error-summary"
    >
      <p className="error-summary__title">{checkFieldsTitle(problems.length)}</p>
      <ul className="error-summary__list">
        {problems.map((p) => (
          <li key={p.id}>
            <button type="button" className="error-summary__link" onClick={() => focusField(p.id)}>
              {p.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
