import {
  type ActivityFilters,
  activityMethodChoices,
  isRead,
  noFilters,
  type OutcomeChoice,
  outcomeChoices,
} from './activity-words';

const isOutcome = (value: string): value is OutcomeChoice => outcomeChoices.some(([v]) => v === value);
const methodChoices = [['', 'Every kind of call'], ...activityMethodChoices] as const;

function ChoiceField({
  id,
  label,
  value,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  choices: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {choices.map(([choice, words]) => (
          <option key={choice} value={choice}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The Activity filters: account, kind of call, result, days, and whether reads and checks are shown. */
export function ActivityFilterBar({
  filters,
  onChange,
}: {
  filters: ActivityFilters;
  onChange: (next: ActivityFilters) => void;
}) {
  const set = (patch: Partial<ActivityFilters>) => onChange({ ...filters, ...patch });
  // Choosing a read (say "Read SMS numbers") means the person wants to see reads.
  const setMethod = (method: string) => set({ method, ...(isRead(method) ? { changesOnly: false } : {}) });
  const filtered = JSON.stringify(filters) !== JSON.stringify(noFilters);
  const daysReversed = filters.fromDay !== '' && filters.toDay !== '' && filters.fromDay > filters.toDay;
  return (
    <div className="activity-filters">
      <div className="field">
        <label htmlFor="activity-account">Account ID</label>
        <input
          id="activity-account"
          value={filters.account}
          onChange={(e) => set({ account: e.target.value })}
        />
      </div>
      <ChoiceField
        id="activity-method"
        label="What"
        value={filters.method}
        choices={methodChoices}
        onChange={setMethod}
      />
      <ChoiceField
        id="activity-outcome"
        label="Result"
        value={filters.outcome}
        choices={outcomeChoices}
        onChange={(value) => {
          if (isOutcome(value)) set({ outcome: value });
        }}
      />
      <div className="field">
        <label htmlFor="activity-from">From</label>
        <input
          id="activity-from"
          type="date"
          value={filters.fromDay}
          onChange={(e) => set({ fromDay: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="activity-to">To</label>
        <input
          id="activity-to"
          type="date"
          value={filters.toDay}
          aria-invalid={daysReversed}
          aria-describedby={daysReversed ? 'activity-to-error' : undefined}
          onChange={(e) => set({ toDay: e.target.value })}
        />
        {daysReversed ? (
          <p className="field__error" id="activity-to-error">
            To must be on or after From: no day is in between.
          </p>
        ) : null}
      </div>
      <label className="activity-filters__check">
        <input
          type="checkbox"
          checked={filters.changesOnly}
          onChange={(e) => set({ changesOnly: e.target.checked })}
        />{' '}
        Changes and sends only (hide reads and checks)
      </label>
      {filtered ? (
        <button type="button" className="button" onClick={() => onChange(noFilters)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
