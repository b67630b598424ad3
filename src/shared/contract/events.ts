import { z } from 'zod';
import { appHealthSchema, storageNoticeSchema } from './app';
import { batchSummarySchema } from './batch';
import { submissionSchema } from './onboarding';
import { pipelineCheckSchema } from './pipeline';
import { smsNumbersSchema, smsPollStatusSchema, smsToastSchema } from './sms';

/**
 * Every message main sends unasked, by name: what changed, with what a screen needs to show it. Main emits them
 * from the services that change the state (`src/main/services/events/event-bus.ts`); the desktop app sends them
 * over IPC (`event.<name>`, one named subscribe each in the preload), the web host as Server-Sent Events
 * (`GET /events`). The renderer subscribes in `src/renderer/api/events.ts` and updates or invalidates its queries:
 * with nothing waiting, it makes no calls of its own.
 */
export const eventSchemas = {
  /** The top bar's state changed: active environment, connection to Updox, or queued submissions. */
  health: appHealthSchema,
  /** A submission moved (queued, sending, a step done, synced, failed, discarded): its whole view. */
  submission: z.object({
    environmentId: z.string(),
    draftId: z.string(),
    /** Null when the submission was discarded. */
    view: submissionSchema.nullable(),
  }),
  /** An account's SMS number statuses changed (approved, rejected, assigned...), in its own environment. */
  numbers: z.object({
    environmentId: z.string(),
    accountId: z.string(),
    changeSeq: z.number().int(),
    /** The account's numbers as they are now, when main has just built them (else the screen asks). */
    view: smsNumbersSchema.optional(),
  }),
  /** The background check of waiting SMS numbers ran or was rescheduled. */
  smsPoll: smsPollStatusSchema,
  /** A notice for the person (a number approved or rejected) the host could not show as an OS notification. */
  toast: smsToastSchema,
  /** A data file was found damaged and set aside, restored or reset. */
  storageNotice: storageNoticeSchema,
  /** The pipeline of an environment changed (a fact learned), or its Check all moved. */
  pipeline: z.object({
    environmentId: z.string(),
    /** The Check all run as it is now; null when none has run since the app started. */
    check: pipelineCheckSchema.nullable(),
    /** Facts changed: the stages and counts shown are out of date (ask again). */
    changed: z.boolean(),
  }),
  /**
   * A bulk batch changed (created, rows fixed or left out, started, progress, paused, finished, discarded): its
   * summary with counts and ETA. While it runs, at most a few a second, never one per row.
   */
  batch: z.object({
    environmentId: z.string(),
    batchId: z.string(),
    /** Null when the batch was discarded. */
    summary: batchSummarySchema.nullable(),
  }),
};

export type EventName = keyof typeof eventSchemas;
export type DeskEvent<N extends EventName> = z.infer<(typeof eventSchemas)[N]>;
export type DeskEventMap = { [N in EventName]: DeskEvent<N> };

/** The IPC channel of an event in the desktop app. */
export const eventChannel = <N extends EventName>(name: N): `event.${N}` => `event.${name}`;

/** `onHealth`, `onSubmission`...: the name of an event's subscribe in the desktop app's preload. */
export type SubscribeName<N extends EventName> = `on${Capitalize<N>}`;

/**
 * window.desk in the desktop app: one named subscribe per event (each answers its unsubscribe), and the
 * open-screen message. Nothing generic crosses the bridge; the compiler holds the preload to this list.
 */
export type DeskBridge = {
  [N in EventName as SubscribeName<N>]: (listener: (payload: DeskEvent<N>) => void) => () => void;
} & { onOpenScreen(listener: (screen: string) => void): void };
