import { isDefaultLocation } from '../../../shared/domain/location';
import { logger } from '../log/logger';
import type { FactsStore } from '../pipeline/facts-store';
import type { SubmissionPayload } from './submission-payload';

/**
 * A submission Updox confirmed, told to the pipeline: the account exists, with at least the locations (besides
 * the Default Location) and users it sent. A failed write of the facts is logged and never fails the submission.
 */
export const noteSubmitted = async (facts: FactsStore, payload: SubmissionPayload): Promise<void> => {
  const locations = payload.locations.filter((l) => l.active && !isDefaultLocation(l)).length;
  await facts
    .note(
      payload.environmentId,
      new Map([
        [
          payload.practice.accountId,
          {
            name: payload.practice.name,
            listed: true,
            locationsAtLeast: locations,
            usersAtLeast: payload.users.length,
          },
        ],
      ]),
    )
    .catch((error: unknown) =>
      logger.warn('pipeline.facts-write-failed', {
        environmentId: payload.environmentId,
        error: error instanceof Error ? error.message : 'unknown',
      }),
    );
};
