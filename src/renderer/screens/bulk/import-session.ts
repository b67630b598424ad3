import { create } from 'zustand';
import type { ImportNote } from './import-notes';
import type { RowLines } from './problem-words';

/**
 * What this window knows of a batch it imported and main does not keep: what the import found in the files (lines
 * that belong to no practice...) and the file lines of each row's locations and users, so problems are named by
 * file and line. A batch reopened later (reload, crash) names them by their place in the practice instead.
 */
export interface ImportDetails {
  readonly notes: readonly ImportNote[];
  readonly lines: readonly Omit<RowLines, 'line'>[];
}

export const useImportSession = create<{
  byBatch: Readonly<Record<string, ImportDetails>>;
  keep(batchId: string, details: ImportDetails): void;
}>((set) => ({
  byBatch: {},
  keep: (batchId, details) => set((s) => ({ byBatch: { ...s.byBatch, [batchId]: details } })),
}));
