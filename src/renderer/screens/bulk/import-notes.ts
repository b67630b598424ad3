import type { ImportKind } from './import-kinds';

/**
 * What the import itself found, before the wizard's rules: lines that belong to no practice, a practice twice,
 * yes/no cells that are neither, text cut to the draft's limit. Named by file, line and column.
 */
export interface ImportNote {
  readonly kind: ImportKind;
  readonly line: number;
  /** The field's label, when the note is about one column. */
  readonly column?: string;
  readonly message: string;
  /** kept: the line is in the batch (with the change said); dropped: it is not; excluded: kept, left out. */
  readonly effect: 'kept' | 'dropped' | 'excluded';
}
