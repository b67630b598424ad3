import type { BatchPracticeRow } from '../../../shared/contract/batch';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import type { ColumnMapping } from './header-match';
import type { FileRead, FileToRead, FromWorker } from './import-protocol';
import type { ImportKind } from './import-kinds';
import type { ImportNote } from './import-notes';

export interface BuiltImport {
  readonly rows: BatchPracticeRow[];
  readonly problems: FieldProblems[];
  readonly notes: ImportNote[];
  readonly excluded: number[];
  readonly withProblems: number;
  /** Time the worker took to build and check every row. */
  readonly ms: number;
}

/**
 * The screen's side of the import worker: one worker per import, asked to read the files, then to build and check
 * the rows with the mapping the person accepted. Each answer is a promise; a failure is a message in words.
 */
export class ImportWorker {
  private readonly worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  private listener: ((message: FromWorker) => void) | null = null;

  constructor() {
    this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.listener?.(event.data));
    this.worker.addEventListener('error', () =>
      this.listener?.({
        type: 'failed',
        message: 'The import stopped unexpectedly. Choose the files again.',
      }),
    );
  }

  read(files: readonly FileToRead[]): Promise<FileRead[]> {
    return new Promise((resolve, reject) => {
      this.listener = (m) => {
        if (m.type === 'read') resolve(m.files);
        else if (m.type === 'failed') reject(new Error(m.message));
      };
      this.worker.postMessage({ type: 'read', files });
    });
  }

  build(mappings: Partial<Record<ImportKind, ColumnMapping>>): Promise<BuiltImport> {
    const rows: BatchPracticeRow[] = [];
    const problems: FieldProblems[] = [];
    return new Promise((resolve, reject) => {
      this.listener = (m) => {
        if (m.type === 'rows') {
          for (const row of m.rows) rows.push(row);
          for (const p of m.problems) problems.push(p);
        } else if (m.type === 'built')
          resolve({
            rows,
            problems,
            notes: m.notes,
            excluded: m.excluded,
            withProblems: m.withProblems,
            ms: m.ms,
          });
        else if (m.type === 'failed') reject(new Error(m.message));
      };
      this.worker.postMessage({ type: 'build', mappings });
    });
  }

  stop(): void {
    this.listener = null;
    this.worker.terminate();
  }
}
