import type { PipelineCheck, PipelinePractice, PipelineView } from '../../../shared/contract/pipeline';
import {
  isReached,
  pipelineStages,
  stageOf,
  stuckOf,
  type PipelineStage,
  type PracticeFacts,
} from '../../../shared/domain/pipeline-stage';

/** Whether the app has the facts to say a stage is not reached (else it is 'unknown' until Check all asks). */
const isKnown = (facts: PracticeFacts, stage: PipelineStage): boolean => {
  switch (stage) {
    case 'locations':
      return facts.locations !== null;
    case 'users':
      return facts.users !== null;
    case 'details':
      return facts.detailsComplete !== null;
    case 'requested':
    case 'approved':
      return facts.numbers !== null;
    default:
      return true;
  }
};

/** One practice's stage, stuck reasons and timeline, judged at `nowMs` (the environment's clock). */
export const practiceView = (facts: PracticeFacts, nowMs: number): PipelinePractice => ({
  accountId: facts.accountId,
  name: facts.name,
  stage: stageOf(facts),
  stuck: stuckOf(facts, nowMs),
  timeline: pipelineStages.map((stage) => ({
    stage,
    state: isReached(facts, stage) ? 'done' : isKnown(facts, stage) ? 'not-done' : 'unknown',
    at: facts.reached[stage] ?? null,
  })),
  checkedAt: facts.checkedAt,
});

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The environment's pipeline: the practices Updox lists, by name, and the funnel's counts per stage. */
export const pipelineView = (
  environment: { id: string; name: string },
  facts: readonly PracticeFacts[],
  nowMs: number,
  check: PipelineCheck | null,
): PipelineView => {
  const practices = facts
    .filter((f) => f.listed)
    .map((f) => practiceView(f, nowMs))
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.accountId, b.accountId));
  const counts = pipelineStages.map((stage) => {
    const at = practices.filter((p) => p.stage === stage);
    return { stage, count: at.length, stuck: at.filter((p) => p.stuck.length > 0).length };
  });
  return {
    environmentId: environment.id,
    environmentName: environment.name,
    asOf: new Date(nowMs).toISOString(),
    counts,
    practices,
    check,
  };
};
