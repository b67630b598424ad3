import { create } from 'zustand';
import type { ImportNote } from './import-notes';

/**
 * What this window knows of a batch it imported and main does not keep: what the import found in the files (lines
 * that belong to no practice, a practice given twice...). A batch reopened later (reload, crash) shows its rows
 * and their problems, by file and line, without these notes.
 */
export interface ImportDetails {
  readonly notes: readonly ImportNote[];
}

export const useImportSession = create<{
  byBatch: Readonly<Record<string, ImportDetails>>;
  keep(batchId: string, details: ImportDetails): void;
}>((set) => ({
  byBatch: {},
  keep: (batchId, details) => set((s) => ({ byBatch: { ...s.byBatch, [batchId]: details } })),
}));
