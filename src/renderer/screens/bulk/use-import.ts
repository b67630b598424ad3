import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchSummary } from '../../../shared/contract/batch';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { fieldsMappedTwice, type ColumnMapping } from './header-match';
import { useImportSession } from './import-session';
import type { FileRead, FileToRead } from './import-protocol';
import type { ImportKind } from './import-kinds';
import { ImportWorker } from './import-worker-client';
import { initialMapping, rememberMapping } from './mapping-memory';

export interface MappedRead extends FileRead {
  mapping: ColumnMapping;
  remembered: boolean;
}

export type ImportStage =
  | { stage: 'choose' }
  | { stage: 'reading' }
  | { stage: 'mapping'; files: MappedRead[] }
  | { stage: 'checking'; files: MappedRead[] }
  | { stage: 'keeping'; files: MappedRead[]; rows: number; withProblems: number }
  | { stage: 'kept'; summary: BatchSummary };

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** Resolves in a new task of the event loop (not a timer): what was set so far is painted first. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

const failure = (message: string): AppErrorData => ({ kind: 'validation', message });

/**
 * The performance marks bulk:read -> bulk:mapped (files read, mapping shown) and bulk:check -> bulk:checked (rows
 * built and checked) -> bulk:kept (the batch kept in main) are what `npm run bench` measures.
 *
 * The import, step by step: read the files in the worker, propose a mapping per file (remembered or matched by
 * header), build and check the rows in the worker with the accepted mapping, then keep them in main as a batch of
 * the active environment (bad rows too) and leave out a practice given twice.
 */
export function useImport(onKept: (summary: BatchSummary) => void) {
  const [state, setState] = useState<ImportStage>({ stage: 'choose' });
  const [error, setError] = useState<AppErrorData | null>(null);
  const worker = useRef<ImportWorker | null>(null);
  // Started with the screen, so its code is loaded before the files are chosen.
  useEffect(() => {
    worker.current = new ImportWorker();
    return () => {
      worker.current?.stop();
      worker.current = null;
    };
  }, []);

  const read = useCallback(async (files: readonly FileToRead[]) => {
    setError(null);
    if (!files.some((f) => f.kind === 'practices')) return setError(failure('Choose a practices file.'));
    worker.current ??= new ImportWorker();
    setState({ stage: 'reading' });
    performance.mark('bulk:read');
    try {
      const read = await worker.current.read(files);
      performance.mark('bulk:mapped');
      const empty = read.find((f) => f.headers.length === 0);
      if (empty) {
        setState({ stage: 'choose' });
        return setError(failure(`${empty.name} has no header line. The first line names the columns.`));
      }
      setState({
        stage: 'mapping',
        files: read.map((f) => ({ ...f, ...initialMapping(storage(), f.kind, f.headers) })),
      });
    } catch (e) {
      setState({ stage: 'choose' });
      setError(failure(e instanceof Error ? e.message : 'The files could not be read.'));
    }
  }, []);

  const setColumn = useCallback((kind: ImportKind, column: number, field: string | null) => {
    setState((s) =>
      s.stage !== 'mapping'
        ? s
        : {
            ...s,
            files: s.files.map((f) =>
              f.kind === kind ? { ...f, mapping: f.mapping.map((m, i) => (i === column ? field : m)) } : f,
            ),
          },
    );
  }, []);

  const accept = useCallback(async () => {
    if (state.stage !== 'mapping' || !worker.current) return;
    const { files } = state;
    const twice = files.find((f) => fieldsMappedTwice(f.mapping).length > 0);
    if (twice)
      return setError(failure(`In ${twice.name}, two columns are matched to the same field. Choose one.`));
    const practices = files.find((f) => f.kind === 'practices');
    if (!practices?.mapping.includes('accountId'))
      return setError(failure('Match a column of the practices file to Account ID: it names each practice.'));
    const keyless = files.find((f) => f.kind !== 'practices' && !f.mapping.includes('accountId'));
    if (keyless)
      return setError(
        failure(`Match a column of ${keyless.name} to Account ID: it names the practice of each line.`),
      );
    setError(null);
    for (const f of files) rememberMapping(storage(), f.kind, f.headers, f.mapping);
    setState({ stage: 'checking', files });
    performance.mark('bulk:check');
    try {
      const built = await worker.current.build(Object.fromEntries(files.map((f) => [f.kind, f.mapping])));
      performance.mark('bulk:checked');
      if (built.rows.length === 0) {
        setState({ stage: 'mapping', files });
        return setError(failure(`${practices.name} has no practices under its header line.`));
      }
      setState({ stage: 'keeping', files, rows: built.rows.length, withProblems: built.withProblems });
      // The screen shows the counts before the rows are handed to main (in a task of its own).
      await nextTask();
      const created = await api.batch.create({
        mode: 'create',
        files: files.map((f) => f.name),
        rows: built.rows,
      });
      if (!created.ok) {
        setState({ stage: 'mapping', files });
        return setError(created.error);
      }
      let summary = created.data;
      if (built.excluded.length > 0) {
        const left = await api.batch.exclude({
          batchId: summary.id,
          indexes: built.excluded,
          excluded: true,
        });
        if (left.ok) summary = left.data;
      }
      useImportSession.getState().keep(summary.id, { notes: built.notes });
      performance.mark('bulk:kept');
      setState({ stage: 'kept', summary });
      onKept(summary);
    } catch (e) {
      setState({ stage: 'mapping', files });
      setError(failure(e instanceof Error ? e.message : 'The rows could not be checked.'));
    }
  }, [state, onKept]);

  const restart = useCallback(() => {
    worker.current?.stop();
    worker.current = new ImportWorker();
    setError(null);
    setState({ stage: 'choose' });
  }, []);

  return { state, error, read, setColumn, accept, restart };
}
