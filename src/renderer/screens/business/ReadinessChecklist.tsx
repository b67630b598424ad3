import { formatUsPhone } from '../../../shared/domain/field-rules/phone';
import type { ReadinessItem, SmsReadiness } from '../../../shared/domain/sms-readiness';
import { checklistLabel } from './sms-details-words';

const shown = (item: ReadinessItem): string =>
  item.value === '' ? '—' : item.key === 'contactPhone' ? formatUsPhone(item.value) : item.value;

const statusWord: Record<ReadinessItem['status'], string> = {
  ok: 'Present',
  missing: 'Missing',
  invalid: 'Invalid',
  inherited: 'Inherited',
};
const statusBadge: Record<ReadinessItem['status'], string> = {
  ok: 'badge--ok',
  missing: 'badge--problem',
  invalid: 'badge--problem',
  inherited: 'badge--amber',
};

/** Every readiness item: what Updox will use, where it comes from, and the rule when it is not good enough. */
export function ReadinessChecklist({ readiness }: { readiness: SmsReadiness }) {
  return (
    <>
      <ul className="readiness-list" aria-label="SMS business details checklist">
        {readiness.items.map((item) => (
          <li
            key={item.key}
            className="readiness-item"
            data-status={item.status}
            data-testid={`readiness-${item.key}`}
          >
            <span className="readiness-item__label">
              {checklistLabel(item)}
              {item.source === 'partner' && item.status !== 'inherited' ? (
                <span className="readiness-item__source"> (partner)</span>
              ) : null}
            </span>
            <span className={`badge ${statusBadge[item.status]}`}>{statusWord[item.status]}</span>
            <span className="readiness-item__value">{shown(item)}</span>
            {item.status === 'missing' || item.status === 'invalid' ? (
              <span className="readiness-item__rule">{item.rule}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {readiness.warnings.length > 0 ? (
        <div className="readiness-warnings">
          {readiness.warnings.map((w) => (
            <p key={w.key} className="note note--warn" data-testid={`readiness-warning-${w.key}`}>
              {w.message}
            </p>
          ))}
        </div>
      ) : null}
    </>
  );
}
