import { z } from 'zod';
import { appErrorDataSchema } from '../errors';
import { call } from './define';

/**
 * The onboarding feature's calls: drafts, submission, outbox. listDrafts and listOutbox are also read by the
 * Accounts list (one list of Updox practices, local drafts and queued submissions); keep their shapes stable.
 */
export const draftSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(['create', 'update']),
  accountId: z.string(),
  name: z.string(),
  city: z.string(),
  state: z.string(),
  updatedAt: z.string(),
});

export const outboxSummarySchema = z.object({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  city: z.string(),
  state: z.string(),
  mode: z.enum(['create', 'update', 'save']),
  status: z.enum(['queued', 'sending', 'done', 'failed']),
  completedSteps: z.array(z.enum(['practice', 'locations', 'users'])),
  lastError: appErrorDataSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const onboardingContract = {
  listDrafts: call(
    z.void(),
    z.object({
      drafts: z.array(draftSummarySchema),
      problems: z.array(z.object({ file: z.string(), reason: z.string() })),
    }),
    'Unfinished drafts, newest first, and any draft file that was damaged and set aside.',
  ),
  listOutbox: call(
    z.void(),
    z.object({ items: z.array(outboxSummarySchema) }),
    'Submissions made offline, in the order they will be sent, with their state.',
  ),
};

export type DraftSummaryView = z.infer<typeof draftSummarySchema>;
export type OutboxSummaryView = z.infer<typeof outboxSummarySchema>;
