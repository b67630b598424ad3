import { randomUUID } from 'node:crypto';
import { formatUsPhone } from '../../../shared/domain/field-rules/phone';
import type { SmsToast } from '../../../shared/contract/sms';
import type { OsNotifier } from '../../platform/types';
import type { NumberTransition } from './number-timeline-store';

const MAX_QUEUED = 50;

/**
 * Tells the person when a number is approved or rejected: an OS notification where the host has them, else a
 * toast the renderer drains. `changeSeq` moves on every status change so open screens know to refresh.
 */
export interface NumberNotices {
  announce(transitions: readonly NumberTransition[]): void;
  drain(): SmsToast[];
  readonly changeSeq: number;
}

/** "Sunrise Pediatrics (Columbus)", or "Columbus (account sunrise)" when the practice's name is unknown. */
const practiceAndLocation = (t: Pick<NumberTransition, 'accountName' | 'accountId' | 'locationName'>) =>
  t.accountName ? `${t.accountName} (${t.locationName})` : `${t.locationName} (account ${t.accountId})`;

const describe = (t: NumberTransition): Omit<SmsToast, 'id'> | null => {
  const where = practiceAndLocation(t);
  const number = t.number ? formatUsPhone(t.number) : 'The number';
  const who = { accountId: t.accountId, accountName: t.accountName, locationName: t.locationName };
  if (t.to === 'approved') {
    return {
      title: 'SMS number approved',
      body: `${where}: ${number} is SMS Approved and can send texts now.`,
      ...who,
      kind: 'approved',
      tone: 'ok',
    };
  }
  if (t.to === 'rejected') {
    return {
      title: 'SMS number rejected',
      body: `${where}: Updox could not verify ${number}. Check the SMS business details, then request the number again.`,
      ...who,
      kind: 'rejected',
      tone: 'warn',
    };
  }
  return null;
};

export const createNumberNotices = (notifier: OsNotifier): NumberNotices => {
  let queue: SmsToast[] = [];
  let changeSeq = 0;
  return {
    announce(transitions) {
      if (transitions.length > 0) changeSeq += 1;
      for (const t of transitions) {
        const words = describe(t);
        if (!words) continue;
        if (notifier.show(words.title, words.body, `#/sms/${encodeURIComponent(t.accountId)}`)) continue;
        queue = [...queue, { id: randomUUID(), ...words }].slice(-MAX_QUEUED);
      }
    },
    drain() {
      const out = queue;
      queue = [];
      return out;
    },
    get changeSeq() {
      return changeSeq;
    },
  };
};
