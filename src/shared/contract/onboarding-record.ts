import { z } from 'zod';
import { issuesToFieldProblems, type FieldProblems } from '../domain/field-problems';
import { practiceFormSchema, type Practice } from '../domain/practice';
import { locationFormSchema, type PracticeLocation } from '../domain/location';
import { newUserSchema, userFormSchema, userSchema, type User } from '../domain/user';
import { draftShapeOf } from '../domain/fields/field-spec';
import { locationFieldTable, locationFields } from '../domain/fields/location-fields';
import { practiceFieldTable, practiceFields } from '../domain/fields/practice-fields';
import { userFieldTable, userFields, type UserField } from '../domain/fields/user-fields';

/**
 * The wizard's record, as a draft holds it: what the person typed, as strings (and yes/no as booleans), so a half
 * typed ZIP code is kept exactly. A draft payload is invalid when it has a wrong type, an unknown key, a string
 * over DRAFT_TEXT_MAX characters, or more than DRAFT_ROWS_MAX locations or users. Passwords are never part of it.
 */
export const DRAFT_TEXT_MAX = 500;
export const DRAFT_ROWS_MAX = 50;

const text = z.string().max(DRAFT_TEXT_MAX, `Keep each field under ${DRAFT_TEXT_MAX} characters.`);
export const rowKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'Not a row key.');
const rowKey = rowKeySchema;

/** The practice as the wizard's fields hold it: every typed field of the practice field table, as typed. */
export const draftPracticeSchema = z.strictObject(draftShapeOf(practiceFieldTable, practiceFields, text));

export const draftLocationSchema = z.strictObject({
  key: rowKey,
  /** Updox's own Default Location, or a location Updox holds without an external ID: shown, never sent. */
  fixed: z.boolean(),
  ...draftShapeOf(locationFieldTable, locationFields, text),
});

/** A user as the wizard's fields hold it: the user field table's typed fields but the password (never in a draft). */
export const draftUserSchema = z.strictObject({
  key: rowKey,
  ...draftShapeOf(
    userFieldTable,
    userFields.filter((f): f is Exclude<UserField, 'password'> => f !== 'password'),
    text,
  ),
  /** A user already in Updox, changed in this edit: its User ID is fixed and a blank password keeps the current one. */
  existing: z.boolean().optional(),
});

/** How many users of an account an edit keeps as its "Already in Updox" list. */
const BASELINE_USERS_MAX = 1_000;

export const wizardDraftDataSchema = z.strictObject({
  /** create: PracticeCreate; save: PracticeSave ("create or update"); update: PracticeUpdate. */
  submitMode: z.enum(['create', 'save', 'update']),
  step: z.number().int().min(1).max(7),
  practice: draftPracticeSchema,
  locations: z.array(draftLocationSchema).max(DRAFT_ROWS_MAX),
  users: z.array(draftUserSchema).max(DRAFT_ROWS_MAX),
  /** For an update: the record as Updox held it when the edit began (the diff's fallback when offline). */
  baseline: z
    .strictObject({
      practice: draftPracticeSchema,
      fetchedAt: z.string().max(40),
      /** The account's users as Updox held them when the edit began (absent: they could not be read). */
      users: z.array(draftUserSchema).max(BASELINE_USERS_MAX).optional(),
    })
    .nullable(),
});

export type DraftPractice = z.infer<typeof draftPracticeSchema>;
export type DraftLocation = z.infer<typeof draftLocationSchema>;
export type DraftUser = z.infer<typeof draftUserSchema>;
export type WizardDraftData = z.infer<typeof wizardDraftDataSchema>;

export const practiceChangeSchema = z.object({
  field: z.enum(practiceFields),
  label: z.string(),
  before: z.union([z.string(), z.boolean()]),
  after: z.union([z.string(), z.boolean()]),
  change: z.enum(['set', 'changed', 'cleared']),
  warning: z.string().optional(),
});

/** The records that will be sent, in stored form. */
export interface WizardRecord {
  practice: Practice;
  locations: (PracticeLocation & { key: string })[];
  /** Only the users to send: new ones, and users already in Updox that were changed (never untouched ones). */
  users: (User & { key: string; existing?: boolean })[];
}

const userFieldsSame = (a: DraftUser, b: DraftUser): boolean =>
  (['userId', 'loginId', 'firstName', 'lastName'] as const).every((f) => a[f].trim() === b[f].trim()) &&
  (['provider', 'admin', 'active'] as const).every((f) => a[f] === b[f]);

/** The user of the edit's "Already in Updox" list with this User ID. */
const baselineUserOf = (data: WizardDraftData, userId: string): DraftUser | undefined =>
  data.baseline?.users?.find((u) => u.userId.trim().toLowerCase() === userId.trim().toLowerCase());

const prefixed = (prefix: string, problems: FieldProblems): FieldProblems =>
  Object.fromEntries(Object.entries(problems).map(([k, v]) => [`${prefix}.${k}`, v]));

/**
 * The one check of a wizard record, in the renderer as the person types and in main before anything is sent.
 * `passwordOf` gives a user's password (typed in the renderer, unsealed in main), '' when none.
 */
export const checkWizardRecord = (
  data: WizardDraftData,
  passwordOf: (userKey: string) => string,
): { ok: true; record: WizardRecord } | { ok: false; problems: FieldProblems } => {
  const problems: FieldProblems = {};
  const practice = practiceFormSchema.safeParse(data.practice);
  if (!practice.success)
    Object.assign(problems, prefixed('practice', issuesToFieldProblems(practice.error.issues)));
  const locations: WizardRecord['locations'] = [];
  /** Updox tells locations apart by code and Location ID: the first row holding each pair. */
  const codes = new Map<string, number>();
  data.locations.forEach((row, index) => {
    if (row.fixed) return;
    const { key, fixed: _fixed, ...fields } = row;
    const parsed = locationFormSchema.safeParse(fields);
    if (!parsed.success) {
      Object.assign(problems, prefixed(`locations.${index}`, issuesToFieldProblems(parsed.error.issues)));
      return;
    }
    const id = `${parsed.data.code}/${parsed.data.externalId}`;
    if (parsed.data.externalId === '')
      problems[`locations.${index}.externalId`] = 'Location ID is required to send a location.';
    else if (codes.has(id)) {
      const first = codes.get(id)!;
      const other = data.locations[first]?.name.trim() || `location ${first + 1}`;
      // A Location ID that follows the code was not typed: the code is what the person chose twice.
      if (parsed.data.externalId === `loc-${parsed.data.code}`)
        problems[`locations.${index}.code`] =
          `Location code ${parsed.data.code} is already used by ${other}: choose another code.`;
      else
        problems[`locations.${index}.externalId`] =
          `Location ID ${parsed.data.externalId} with code ${parsed.data.code} is already used by ${other}: change the Location ID or the code.`;
    }
    if (!codes.has(id)) codes.set(id, index);
    locations.push({ ...parsed.data, key });
  });
  const users: WizardRecord['users'] = [];
  data.users.forEach((row, index) => {
    const { key, existing, ...fields } = row;
    const password = passwordOf(key);
    const typed = userFormSchema.safeParse({ ...fields, password });
    // A new user's Login ID and Password come together (a web login) or not at all; an existing user keeps theirs
    // when blank.
    const parsed = typed.success ? (existing ? userSchema : newUserSchema).safeParse(typed.data) : typed;
    if (!parsed.success) {
      Object.assign(problems, prefixed(`users.${index}`, issuesToFieldProblems(parsed.error.issues)));
      return;
    }
    const before = baselineUserOf(data, parsed.data.userId);
    if (!existing && before) {
      problems[`users.${index}.userId`] =
        'This User ID is already in Updox: choose Change next to that user under Already in Updox instead.';
      return;
    }
    // Untouched: the same as Updox holds and no new password, so it is not sent again.
    if (existing && before && userFieldsSame(before, row) && password === '') return;
    users.push({ ...parsed.data, key, ...(existing ? { existing: true } : {}) });
  });
  if (data.submitMode !== 'update' && data.users.length === 0)
    problems['users'] = 'Add at least one user: an Updox account needs a user to sign in with.';
  if (Object.keys(problems).length > 0 || !practice.success) return { ok: false, problems };
  return { ok: true, record: { practice: practice.data, locations, users } };
};
