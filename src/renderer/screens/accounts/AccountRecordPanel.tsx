import type { PracticeView } from '../../../shared/contract/practice-view';
import { practiceLabels as L, practicePanelFields } from '../../../shared/domain/fields/practice-fields';
import { formatPracticeValue } from '../../../shared/domain/practice-display';

/** Every field of the practice record, with Updox's labels and formatted values. */
export function AccountRecordPanel({ practice }: { practice: PracticeView }) {
  return (
    <section className="panel" aria-labelledby="account-record-title">
      <h2 id="account-record-title">Practice record</h2>
      <dl className="account-facts" data-testid="account-record">
        {practicePanelFields.map((field) => (
          <div key={field} className="account-fact">
            <dt>{L[field]}</dt>
            <dd>{formatPracticeValue(field, practice[field])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
