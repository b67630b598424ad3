import { statusFilterWords } from './account-row-words';
import type { StatusFilter } from './account-rows-order';

const filterOrder: readonly StatusFilter[] = [
  'all',
  'active',
  'inactive',
  'incomplete',
  'synced',
  'draft',
  'queued',
  'missing',
  'failed',
];

export const isStatusFilter = (value: string): value is StatusFilter =>
  (filterOrder as readonly string[]).includes(value);

/** Search by name or account ID, and a status filter. */
export function AccountsFilters({
  query,
  filter,
  onQuery,
  onFilter,
}: {
  query: string;
  filter: StatusFilter;
  onQuery: (query: string) => void;
  onFilter: (filter: StatusFilter) => void;
}) {
  return (
    <div className="accounts-filters" role="search" aria-label="Find accounts">
      <div className="field accounts-filters__search">
        <label htmlFor="accounts-search">Search by name or account ID</label>
        <input
          id="accounts-search"
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onQuery(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="accounts-filter">Show</label>
        <select
          id="accounts-filter"
          value={filter}
          onChange={(e) => {
            if (isStatusFilter(e.target.value)) onFilter(e.target.value);
          }}
        >
          {filterOrder.map((value) => (
            <option key={value} value={value}>
              {statusFilterWords[value]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
