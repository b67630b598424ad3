import {
  type ActivityFilters,
  activityMethodChoices,
  isRead,
  noFilters,
  type OutcomeChoice,
  outcomeChoices,
} from './activity-words';

const isOutcome = (value: string): value is OutcomeChoice => outcomeChoices.some(([v]) => v === value);

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
      <div className="field">
        <label htmlFor="activity-method">What</label>
        <select id="activity-method" value={filters.method} onChange={(e) => setMethod(e.target.value)}>
          <option value="">Every kind of call</option>
          {activityMethodChoices.map(([method, words]) => (
            <option key={method} value={method}>
              {words}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="activity-outcome">Result</label>
        <select
          id="activity-outcome"
          value={filters.outcome}
          onChange={(e) => {
            if (isOutcome(e.target.value)) set({ outcome: e.target.value });
          }}
        >
          {outcomeChoices.map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
      </div>
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
          onChange={(e) => set({ toDay: e.target.value })}
        />
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
