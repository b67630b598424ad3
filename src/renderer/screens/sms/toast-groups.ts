import type { SmsToast } from '../../../shared/contract/sms';

/** One line of the single notifications toast: every notice of one kind, with the practices to open. */
export interface ToastGroup {
  kind: SmsToast['kind'];
  tone: SmsToast['tone'];
  text: string;
  practices: Array<{ accountId: string; name: string }>;
}

const practiceName = (t: Pick<SmsToast, 'accountName' | 'accountId'>): string =>
  t.accountName || `account ${t.accountId}`;

const kindWords: Record<SmsToast['kind'], { one: string; many: string; after: string }> = {
  approved: { one: 'SMS number approved', many: 'SMS numbers approved', after: '' },
  rejected: {
    one: 'SMS number rejected',
    many: 'SMS numbers rejected',
    after: ' Check the SMS business details, then request the number again.',
  },
};

/**
 * Groups notices by kind: "2 SMS numbers approved: Sunrise Pediatrics (Columbus), Old Clinic (Default Location)".
 * Approvals come first; each practice is listed once for its "Open" link.
 */
export const groupToasts = (toasts: readonly SmsToast[]): ToastGroup[] =>
  (['approved', 'rejected'] as const).flatMap((kind) => {
    const mine = toasts.filter((t) => t.kind === kind);
    if (mine.length === 0) return [];
    const words = kindWords[kind];
    const where = mine.map((t) => `${practiceName(t)} (${t.locationName})`).join(', ');
    const head = mine.length === 1 ? words.one : `${mine.length} ${words.many}`;
    const practices = [...new Map(mine.map((t) => [t.accountId, practiceName(t)])).entries()].map(
      ([accountId, name]) => ({ accountId, name }),
    );
    return [{ kind, tone: mine[0]!.tone, text: `${head}: ${where}.${words.after}`, practices }];
  });
