import { practiceFields, practiceLabels, type PracticeField } from './fields/practice-fields';
import type { Practice } from './practice';

export type PracticeChangeKind = 'set' | 'changed' | 'cleared';

export interface PracticeChange {
  readonly field: PracticeField;
  readonly label: string;
  readonly before: string | boolean;
  readonly after: string | boolean;
  readonly change: PracticeChangeKind;
  /** Present on 'cleared': PracticeUpdate replaces every field, so a cleared field is erased in Updox. */
  readonly warning?: string;
}

const isEmpty = (value: string | boolean): boolean => value === '';

/**
 * What an update would change (the clearing diff), field by field in the field table's order. A field blank before and filled after is 'set';
 * filled before and blank after is 'cleared' (with a warning); any other difference is 'changed'.
 */
export const diffPractice = (before: Practice, after: Practice): PracticeChange[] => {
  const changes: PracticeChange[] = [];
  for (const field of practiceFields) {
    const was = before[field];
    const now = after[field];
    if (was === now) continue;
    const label = practiceLabels[field];
    if (isEmpty(now)) {
      changes.push({
        field,
        label,
        before: was,
        after: now,
        change: 'cleared',
        warning: `${label} will be erased in Updox. Leave it filled in to keep it.`,
      });
    } else {
      changes.push({ field, label, before: was, after: now, change: isEmpty(was) ? 'set' : 'changed' });
    }
  }
  return changes;
};
