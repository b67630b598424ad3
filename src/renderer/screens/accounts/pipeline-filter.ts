import type { StuckReason } from '../../../shared/contract/pipeline';
import type { PipelineStage } from '../../../shared/domain/pipeline-stage';
import type { AccountRow } from './account-row';

/** What the list shows of a practice's pipeline. */
export interface PipelineMark {
  readonly stage: PipelineStage;
  readonly stuck: readonly StuckReason[];
}

/** A bar of the funnel chosen (its stage), the stuck practices, or nothing. */
export type PipelineFilter = PipelineStage | 'stuck' | null;

/** The rows of practices at the chosen stage (or stuck); every row when nothing is chosen. Pure. */
export const filterByPipeline = (
  rows: readonly AccountRow[],
  marks: ReadonlyMap<string, PipelineMark>,
  filter: PipelineFilter,
): readonly AccountRow[] => {
  if (filter === null) return rows;
  return rows.filter((row) => {
    const mark = row.inUpdox ? marks.get(row.accountId) : undefined;
    if (!mark) return false;
    return filter === 'stuck' ? mark.stuck.length > 0 : mark.stage === filter;
  });
};

const businessDays = (n: number) => `${n} business day${n === 1 ? '' : 's'}`;

/** Why a practice is stuck, in words (UX.md: what happened and what to do). */
export const stuckWords = (reason: StuckReason): string =>
  reason.kind === 'verification-pending'
    ? `${reason.status === 'number-pending' ? 'Number Pending' : 'SMS Pending'} for ${businessDays(reason.businessDays)} (it usually takes 2 to 3). Check the SMS business details, then contact Updox partner support.`
    : `SMS business details incomplete for ${reason.days} days. Open the account and fill in the missing business info.`;
