import type { PracticeView } from '../../../shared/contract/practice-view';
import { practiceLabels as L, type PracticeField } from '../../../shared/domain/labels';
import { formatPracticeValue } from '../../../shared/domain/practice-display';

const shownFields: readonly PracticeField[] = [
  'name',
  'accountId',
  'address1',
  'address2',
  'city',
  'state',
  'postal',
  'countryCode',
  'phone',
  'fax',
  'timeZone',
  'active',
  'websiteAddress',
  'directAddress',
  'websiteUrl',
  'alternativeWebsiteUrl',
];

/** Every field of the practice record, with Updox's labels and formatted values. */
export function AccountRecordPanel({ practice }: { practice: PracticeView }) {
  return (
    <section className="panel" aria-labelledby="account-record-title">
      <h2 id="account-record-title">Practice record</h2>
      <dl className="account-facts" data-testid="account-record">
        {shownFields.map((field) => (
          <div key={field} className="account-fact">
            <dt>{L[field]}</dt>
            <dd>{formatPracticeValue(field, practice[field])}</dd>
          </div>
        ))}
        <div className="account-fact">
          <dt>Direct domain</dt>
          <dd>{practice.directDomain === '' ? '(blank)' : practice.directDomain}</dd>
        </div>
        <div className="account-fact">
          <dt>Vetted</dt>
          <dd>{practice.vetted ? 'Yes' : 'No'}</dd>
        </div>
      </dl>
    </section>
  );
}
