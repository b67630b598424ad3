import type { MissingFormField, FormValues } from './missing-fields';

/**
 * What was typed in the Missing Business Info form, kept in sessionStorage per environment and account, so a
 * reload, going offline, or a failed submit never loses it. Cleared after a successful submit.
 */
export interface MissingFormDraft {
  readonly fields: readonly MissingFormField[];
  readonly values: FormValues;
}

const key = (environmentId: string, accountId: string) =>
  `desk.missing-business-info.${environmentId}.${accountId}`;

const isDraft = (v: unknown): v is MissingFormDraft =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as MissingFormDraft).fields) &&
  typeof (v as MissingFormDraft).values === 'object';

export const loadMissingFormDraft = (environmentId: string, accountId: string): MissingFormDraft | null => {
  try {
    const raw = sessionStorage.getItem(key(environmentId, accountId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
};

export const saveMissingFormDraft = (
  environmentId: string,
  accountId: string,
  draft: MissingFormDraft,
): void => {
  try {
    sessionStorage.setItem(key(environmentId, accountId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the values stay in the form's own state.
  }
};

export const clearMissingFormDraft = (environmentId: string, accountId: string): void => {
  try {
    sessionStorage.removeItem(key(environmentId, accountId));
  } catch {
    // Nothing to do.
  }
};
