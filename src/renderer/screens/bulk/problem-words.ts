import type { BatchPracticeRow } from '../../../shared/contract/batch';
import { locationLabels } from '../../../shared/domain/fields/location-fields';
import { practiceLabels } from '../../../shared/domain/fields/practice-fields';
import { userLabels } from '../../../shared/domain/fields/user-fields';
import type { ImportKind } from './import-kinds';

/** A problem as shown: where (file, line, column) and the wizard's words. */
export interface ProblemPlace {
  readonly kind: ImportKind;
  /** The line in its file; null when it is not known. */
  readonly line: number | null;
  /** Which location or user of the practice (1-based), when its line is not known. */
  readonly item: number | null;
  readonly column: string | null;
  readonly message: string;
}

/** The file lines of a row's locations and users, in order. */
export interface RowLines {
  readonly locations: readonly number[];
  readonly users: readonly number[];
}

export const linesOf = (row: Pick<BatchPracticeRow, 'locations' | 'users'>): RowLines => ({
  locations: row.locations.map((l) => l.line),
  users: row.users.map((u) => u.line),
});

const labelOf = (labels: Readonly<Record<string, string>>, field: string | undefined): string | null =>
  field !== undefined && Object.hasOwn(labels, field) ? (labels[field] ?? null) : null;

/** Where a problem of `checkWizardRecord` is: 'practice.postal', 'locations.0.zip', 'users.1.password', 'users'. */
export const placeOfProblem = (
  key: string,
  message: string,
  practiceLine: number,
  lines: RowLines | null,
): ProblemPlace => {
  const [head, second, field] = key.split('.');
  if (head === 'locations' || head === 'users') {
    const kind: ImportKind = head;
    const index = second === undefined ? NaN : Number(second);
    if (Number.isInteger(index)) {
      const line = lines?.[kind][index] ?? null;
      const labels = kind === 'locations' ? locationLabels : userLabels;
      return { kind, line, item: line === null ? index + 1 : null, column: labelOf(labels, field), message };
    }
    return { kind: 'practices', line: practiceLine, item: null, column: null, message };
  }
  return {
    kind: 'practices',
    line: practiceLine,
    item: null,
    column: labelOf(practiceLabels, second),
    message,
  };
};

const fileWords: Record<ImportKind, string> = {
  practices: 'Line',
  locations: 'Locations file line',
  users: 'Users file line',
};

/** "Line 14, ZIP code", "Locations file line 31, Phone"; "Location 2, Phone" when the line is not known. */
export const placeWords = (place: ProblemPlace): string => {
  const where =
    place.line !== null
      ? `${fileWords[place.kind]} ${place.line}`
      : `${place.kind === 'locations' ? 'Location' : 'User'} ${place.item ?? ''}`.trim();
  return place.column ? `${where}, ${place.column}` : where;
};

/** Every problem of a row as "Line 14, ZIP code: ZIP code must be 5 or 9 digits…", in the row's file order. */
export const problemLines = (
  problems: Readonly<Record<string, string>>,
  practiceLine: number,
  lines: RowLines | null,
): { key: string; place: ProblemPlace; words: string }[] =>
  Object.entries(problems).map(([key, message]) => {
    const place = placeOfProblem(key, message, practiceLine, lines);
    return { key, place, words: `${placeWords(place)}: ${message}` };
  });
