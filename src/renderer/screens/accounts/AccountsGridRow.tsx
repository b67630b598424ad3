import { memo } from 'react';
import type { AccountRow, RowStatus } from './account-row';
import { statusWords } from './account-row-words';
import { onlyPartnerGaps } from './partner-gaps';
import { stageShortLabels } from '../../../shared/domain/pipeline-stage';
import { stuckWords, type PipelineMark } from './pipeline-filter';

export const ROW_HEIGHT = 44;

export const openRow = (row: AccountRow) => {
  window.location.hash = row.href;
};

const statusBadge: Record<RowStatus, string> = {
  synced: 'badge badge--neutral',
  draft: 'badge badge--neutral',
  queued: 'badge badge--amber',
  missing: 'badge badge--red',
  failed: 'badge badge--red',
};

const place = (row: AccountRow): string => [row.city, row.state].filter((part) => part !== '').join(', ');

function Unknown({ why }: { why: string }) {
  return (
    <span className="accounts-grid__unknown" title={why}>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{why}</span>
    </span>
  );
}

/** The practice's onboarding stage; a stuck one says so first, with why (title and screen readers). */
function StageCell({ mark }: { mark: PipelineMark }) {
  const why = mark.stuck.map(stuckWords).join(' ');
  return (
    <>
      {mark.stuck.length > 0 ? (
        <span className="badge badge--amber" title={why} data-testid="stuck-flag">
          Stuck<span className="visually-hidden">: {why}</span>
        </span>
      ) : null}
      <span className="accounts-grid__stage-name" title={stageShortLabels[mark.stage]}>
        {stageShortLabels[mark.stage]}
      </span>
    </>
  );
}

/** One row of the accounts grid: focusable (roving tab stop), opened with Enter or a click. */
export const AccountsGridRow = memo(function AccountsGridRow({
  row,
  index,
  start,
  active,
  partnerGaps,
  mark,
  onFocusRow,
}: {
  /** Its onboarding stage (undefined while not known, or not in Updox). */
  mark?: PipelineMark | undefined;
  row: AccountRow;
  index: number;
  start: number;
  active: boolean;
  /** The partner's readiness gaps (null while not known): when they are all of a row's gaps, it says so. */
  partnerGaps: number | null;
  onFocusRow: (index: number) => void;
}) {
  const notInUpdox =
    row.status === 'draft'
      ? 'Not in Updox yet'
      : row.status === 'missing'
        ? 'Sent and confirmed, but Updox no longer lists this account'
        : 'Not known until Updox lists it';
  return (
    // The grid handles the keyboard for its rows (arrows, Home/End, Enter opens); a click is the mouse's way.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      role="row"
      aria-rowindex={index + 2}
      tabIndex={active ? 0 : -1}
      data-index={index}
      data-testid="account-row"
      className="accounts-grid__row accounts-grid__row--body"
      style={{ transform: `translateY(${start}px)` }}
      onFocus={() => onFocusRow(index)}
      onClick={() => openRow(row)}
    >
      <div role="gridcell" aria-colindex={1} className="accounts-grid__cell accounts-grid__name">
        <a href={row.href} tabIndex={-1} title={row.name} onClick={(e) => e.stopPropagation()}>
          {row.name.trim() === '' ? 'Untitled practice' : row.name}
        </a>
      </div>
      <div role="gridcell" aria-colindex={2} className="accounts-grid__cell accounts-grid__id">
        {row.accountId === '' ? <Unknown why="No account ID yet" /> : row.accountId}
      </div>
      <div role="gridcell" aria-colindex={3} className="accounts-grid__cell">
        {place(row)}
      </div>
      <div role="gridcell" aria-colindex={4} className="accounts-grid__cell">
        {row.active === null ? (
          <Unknown why={notInUpdox} />
        ) : row.active ? (
          <span className="badge badge--ok">Active</span>
        ) : (
          <span className="badge badge--neutral">Inactive</span>
        )}
      </div>
      <div role="gridcell" aria-colindex={5} className="accounts-grid__cell accounts-grid__sms">
        {row.sms === null ? (
          <Unknown why={notInUpdox} />
        ) : row.sms.complete ? (
          <span className="badge badge--ok">Complete</span>
        ) : (
          <>
            <span className="badge badge--amber">Incomplete ({row.sms.issues})</span>
            {onlyPartnerGaps(row.sms, partnerGaps) ? (
              <span
                className="accounts-grid__sms-hint"
                data-testid="sms-partner-hint"
                title="Every gap is in the partner's Business details, not this practice's."
              >
                <span aria-hidden="true">· </span>partner details
              </span>
            ) : null}
          </>
        )}
      </div>
      <div role="gridcell" aria-colindex={6} className="accounts-grid__cell">
        <span className={statusBadge[row.status]}>{statusWords[row.status]}</span>
      </div>
      <div role="gridcell" aria-colindex={7} className="accounts-grid__cell accounts-grid__stage">
        {mark ? (
          <StageCell mark={mark} />
        ) : (
          <Unknown why={row.inUpdox ? 'Stage not known yet' : notInUpdox} />
        )}
      </div>
    </div>
  );
});
