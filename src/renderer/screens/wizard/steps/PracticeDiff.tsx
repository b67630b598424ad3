import type { ReviewView } from '../../../../shared/contract/onboarding';
import type { PracticeField } from '../../../../shared/domain/labels';
import { formatPracticeValue } from '../../../../shared/domain/practice-display';

type Change = NonNullable<ReviewView['diff']>[number];

/** The update, field by field, with a loud warning for every field it would erase (PracticeUpdate replaces all). */
export function PracticeDiff({ diff }: { diff: Change[] }) {
  const cleared = diff.filter((c) => c.change === 'cleared');
  return (
    <section className="wizard__card" aria-label="Changes to send">
      <h3>Changes to send</h3>
      {cleared.length > 0 ? (
        <div className="note note--error" role="alert" data-testid="clear-warnings">
          <strong>
            This update erases {cleared.length === 1 ? 'a field' : `${cleared.length} fields`} in Updox.
          </strong>
          <ul>
            {cleared.map((c) => (
              <li key={c.field}>{c.warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {diff.length === 0 ? (
        <p className="empty">No changes to the practice record.</p>
      ) : (
        <table className="table" data-testid="review-diff">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Updox now</th>
              <th scope="col">After saving</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((c) => (
              <tr key={c.field} data-change={c.change}>
                <th scope="row">{c.label}</th>
                <td>{formatPracticeValue(c.field as PracticeField, c.before)}</td>
                <td className={c.change === 'cleared' ? 'wizard__cleared' : undefined}>
                  {c.change === 'cleared' ? 'Erased' : formatPracticeValue(c.field as PracticeField, c.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
