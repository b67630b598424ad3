/** GSM 03.38 basic character set (one septet each; ESC itself is not a character). */
const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);

/** GSM 03.38 extension table: each is sent as ESC + character, so it costs two septets. */
const gsmExtension = new Set('\f^{}\\[~]|€');

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsCount {
  /** Units the message uses: GSM-7 septets (extension characters count 2) or UTF-16 code units (emoji count 2). */
  readonly characters: number;
  readonly segments: number;
  readonly encoding: SmsEncoding;
}

const SINGLE = { 'GSM-7': 160, 'UCS-2': 70 } as const;
const PER_PART = { 'GSM-7': 153, 'UCS-2': 67 } as const;

const isGsm = (ch: string): boolean => gsmBasic.has(ch) || gsmExtension.has(ch);

const costOf = (ch: string, encoding: SmsEncoding): number =>
  encoding === 'GSM-7' ? (gsmExtension.has(ch) ? 2 : 1) : ch.length;

/** Parts of a long message: an escape pair or a surrogate pair is never split across two parts. */
const countParts = (chars: readonly string[], encoding: SmsEncoding): number => {
  const capacity = PER_PART[encoding];
  let parts = 1;
  let used = 0;
  for (const ch of chars) {
    const cost = costOf(ch, encoding);
    if (used + cost > capacity) {
      parts += 1;
      used = 0;
    }
    used += cost;
  }
  return parts;
};

/** How a message will travel as SMS: its encoding, the units it uses, and how many SMS it takes. */
export const countSms = (text: string): SmsCount => {
  const chars = Array.from(text); // code points: a surrogate pair stays one entry
  const encoding: SmsEncoding = chars.every(isGsm) ? 'GSM-7' : 'UCS-2';
  const characters = chars.reduce((sum, ch) => sum + costOf(ch, encoding), 0);
  const segments = characters === 0 ? 0 : characters <= SINGLE[encoding] ? 1 : countParts(chars, encoding);
  return { characters, segments, encoding };
};

/** "142 characters · 1 SMS" */
export const smsCounterLabel = (textOrCount: string | SmsCount): string => {
  const count = typeof textOrCount === 'string' ? countSms(textOrCount) : textOrCount;
  const noun = count.characters === 1 ? 'character' : 'characters';
  return `${count.characters.toLocaleString('en-US')} ${noun} · ${count.segments} SMS`;
};

/** Updox's limit on an SMS message (in JavaScript string length). */
export const SMS_MAX_LENGTH = 1600;

export const smsMessageProblem = (text: string): string | null => {
  if (text.trim() === '') return 'Message is required.';
  if (text.length > SMS_MAX_LENGTH) {
    return `Message must be at most ${SMS_MAX_LENGTH.toLocaleString('en-US')} characters (it has ${text.length.toLocaleString('en-US')}).`;
  }
  return null;
};
