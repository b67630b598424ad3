/**
 * What a code's words may draw on: the code, Updox's own message, and what the caller knows about the request.
 * Shared with the renderer: no Node imports here.
 */
export interface UpdoxCodeContext {
  /** The Updox method that answered, e.g. "SmsSend". */
  method?: string;
  accountId?: string;
  websiteAddress?: string;
  directDomain?: string;
  directAddress?: string;
  userId?: string;
}

export interface CodeWordsInput extends UpdoxCodeContext {
  code: number;
  updoxMessage: string;
}

export type CodeWords = (input: CodeWordsInput) => string;

/** `'value'` when there is a value, otherwise the fallback words. */
export const quotedOr = (value: string | undefined, fallback: string): string =>
  value !== undefined && value.trim() !== '' ? `'${value.trim()}'` : fallback;

/** The bare value when there is one, otherwise the fallback words. */
export const valueOr = (value: string | undefined, fallback: string): string =>
  value !== undefined && value.trim() !== '' ? value.trim() : fallback;

/** Updox's own message as a sentence fragment, without a trailing period. */
export const updoxSaid = (message: string): string => message.trim().replace(/[.\s]+$/, '');
