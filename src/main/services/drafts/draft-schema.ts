import { z } from 'zod';
import { recordIdSchema } from '../storage/record-id';

const draftKinds = ['create', 'update'] as const;
export type DraftKind = (typeof draftKinds)[number];

/** What list() returns: everything about a draft except its data. */
export interface DraftSummary {
  id: string;
  /** 'create': a new practice being onboarded; 'update': changes to an existing account (accountId set). */
  kind: DraftKind;
  accountId?: string;
  /**
   * The Updox environment the draft was made in, fixed at its first save. Absent only on a draft stored by an
   * earlier version of the app: it is listed "from an earlier version" and must be assigned before it is sent.
   */
  environmentId?: string;
  title: string;
  /** 1 on the first save, +1 on every save. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface Draft<T> extends DraftSummary {
  data: T;
}

/** What save() accepts. Without id a new draft is created; with an unknown id, a new draft gets that id. */
export interface DraftSaveInput<T> {
  id?: string;
  kind: DraftKind;
  accountId?: string;
  /**
   * Required for a new draft. For a stored draft it must be the draft's own environment (a draft never moves);
   * on a draft without one (earlier version) it assigns it.
   */
  environmentId?: string;
  title: string;
  /**
   * Optimistic check: when given, the save fails with 'conflict' unless the stored revision equals it (0 for a
   * draft that must not exist yet). When left out, the last save wins (the autosave path).
   */
  expectedRevision?: number;
  data: T;
}

export const draftFormatVersion = 1;

const accountIdSchema = z.string().min(1, 'Enter the account ID.').max(100);
const environmentIdSchema = z.string().min(1).max(100);
const titleSchema = z.string().max(200, 'Keep the title under 200 characters.');

export function draftInputSchema<T>(dataSchema: z.ZodType<T>): z.ZodType<DraftSaveInput<T>> {
  return z
    .object({
      id: recordIdSchema.optional(),
      kind: z.enum(draftKinds),
      accountId: accountIdSchema.optional(),
      environmentId: environmentIdSchema.optional(),
      title: titleSchema,
      expectedRevision: z.number().int().min(0).optional(),
      data: dataSchema,
    })
    .refine((input) => input.kind !== 'update' || input.accountId !== undefined, {
      message: 'A draft that updates an account needs its account ID.',
      path: ['accountId'],
    });
}

/** The schema of one draft file on disk. */
export function draftFileSchema<T>(dataSchema: z.ZodType<T>): z.ZodType<{ version: 1; draft: Draft<T> }> {
  return z.object({
    version: z.literal(draftFormatVersion),
    draft: z.object({
      id: recordIdSchema,
      kind: z.enum(draftKinds),
      accountId: accountIdSchema.optional(),
      environmentId: environmentIdSchema.optional(),
      title: titleSchema,
      revision: z.number().int().min(1),
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
      data: dataSchema,
    }),
  });
}

export function summaryOf<T>(draft: Draft<T>): DraftSummary {
  const summary: DraftSummary = {
    id: draft.id,
    kind: draft.kind,
    title: draft.title,
    revision: draft.revision,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  };
  if (draft.accountId !== undefined) summary.accountId = draft.accountId;
  if (draft.environmentId !== undefined) summary.environmentId = draft.environmentId;
  return Object.freeze(summary);
}

/** Newest first; ties broken by id so the order is stable. */
export function newestFirst(a: DraftSummary, b: DraftSummary): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
