import type { AccountListItem, ReadinessBrief } from '../../../shared/contract/accounts';
import { pickFields } from '../../../shared/domain/fields/field-spec';
import { practiceFieldTable, practiceViewFields } from '../../../shared/domain/fields/practice-fields';
import type { PracticeView } from '../../../shared/contract/practice-view';
import type { PartnerBusinessDetails } from '../../../shared/domain/business-details';
import { computeSmsReadiness } from '../../../shared/domain/sms-readiness';
import { readinessCounter } from '../../../shared/domain/sms-readiness-brief';
import type { PracticeDetails } from '../../updox/types';

/** Updox's answers turned into what the Accounts screens show (and the list copy keeps on disk). */

export const toAccountRecord = (p: PracticeDetails): PracticeView =>
  pickFields(practiceFieldTable, practiceViewFields, p);

/** computeSmsReadiness reduced to what a row shows: Complete, or Incomplete (n). */
export const readinessBrief = (
  practice: PracticeView,
  partner: PartnerBusinessDetails | null,
): ReadinessBrief => {
  const readiness = computeSmsReadiness(practice, partner);
  return { complete: readiness.complete, issues: readiness.missing.length + readiness.problems.length };
};

/** The Accounts list's rows, thousands at a time: readiness counted with the partner judged once. */
export const toListItems = (
  practices: readonly PracticeView[],
  partner: PartnerBusinessDetails | null,
): AccountListItem[] => {
  const count = readinessCounter(partner);
  return practices.map((practice) => ({
    accountId: practice.accountId,
    name: practice.name,
    city: practice.city,
    state: practice.state,
    active: practice.active,
    sms: count(practice),
  }));
};
