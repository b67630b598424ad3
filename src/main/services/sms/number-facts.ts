import type { NumberFact } from '../../../shared/domain/pipeline-stage';
import { logger } from '../log/logger';
import type { FactsStore } from '../pipeline/facts-store';
import type { NumberObservation, NumberTimelineStore } from './number-timeline-store';

/** The numbers Updox listed, as the pipeline keeps them (a location without a number is no fact). */
export const numberFactsOf = (seen: readonly NumberObservation[]): NumberFact[] =>
  seen
    .filter((n) => n.status !== 'none')
    .map((n) => ({ locationId: n.locationId, status: n.status, since: n.statusDate }));

/**
 * The number timelines, telling the pipeline every account's numbers as they are observed (the SMS screen, a
 * request, the background check, Check all): one place, whatever observed them.
 */
export const withPipelineFacts = (
  timelines: NumberTimelineStore,
  facts: FactsStore,
): NumberTimelineStore => ({
  ...timelines,
  async observe(environmentId, accountId, seen, accountName) {
    const transitions = await timelines.observe(environmentId, accountId, seen, accountName);
    await facts
      .note(environmentId, new Map([[accountId, { numbers: numberFactsOf(seen) }]]))
      .catch((error: unknown) =>
        logger.warn('pipeline.facts-write-failed', {
          environmentId,
          error: error instanceof Error ? error.message : 'unknown',
        }),
      );
    return transitions;
  },
});
