import type { BatchPracticeRow } from '../../../shared/contract/batch';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import type { ColumnMapping } from './header-match';
import type { ImportKind } from './import-kinds';
import type { ImportNote } from './import-notes';

/** The messages between the import screen and its worker (both ours, same bundle). */
export interface FileToRead {
  readonly kind: ImportKind;
  readonly file: Blob;
  readonly name: string;
}

export interface FileRead {
  readonly kind: ImportKind;
  readonly name: string;
  readonly headers: string[];
  readonly records: number;
  /** The first record's cells, to show beside each column while mapping. */
  readonly sample: string[];
  readonly delimiter: ',' | ';';
  readonly errors: { line: number; message: string }[];
}

export type ToWorker =
  | { readonly type: 'read'; readonly files: readonly FileToRead[] }
  | { readonly type: 'build'; readonly mappings: Partial<Record<ImportKind, ColumnMapping>> };

/** Rows are sent in chunks so the screen never takes one long message. */
export const ROWS_PER_CHUNK = 200;

export type FromWorker =
  | { readonly type: 'read'; readonly files: FileRead[] }
  | { readonly type: 'rows'; readonly rows: BatchPracticeRow[]; readonly problems: FieldProblems[] }
  | {
      readonly type: 'built';
      readonly notes: ImportNote[];
      readonly excluded: number[];
      readonly rows: number;
      readonly withProblems: number;
      readonly ms: number;
    }
  | { readonly type: 'failed'; readonly message: string };
