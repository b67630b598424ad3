import { buildRows, type MappedFile } from './build-rows';
import { checkRow } from './check-row';
import { parseCsv, type ParsedCsv } from './csv-parse';
import { ROWS_PER_CHUNK, type FromWorker, type ToWorker } from './import-protocol';
import type { ImportKind } from './import-kinds';

/**
 * The import's heavy work, off the screen's thread: read and parse the files (papaparse), then build each
 * practice's draft record and check it with the wizard's rules, sending the rows back in chunks.
 */
const parsed = new Map<ImportKind, ParsedCsv>();
const post = (message: FromWorker) => self.postMessage(message);

const handle = async (message: ToWorker): Promise<void> => {
  if (message.type === 'read') {
    parsed.clear();
    const files = [];
    for (const f of message.files) {
      const csv = parseCsv(await f.file.text());
      parsed.set(f.kind, csv);
      files.push({
        kind: f.kind,
        name: f.name,
        headers: csv.headers,
        records: csv.records.length,
        sample: [...(csv.records[0]?.cells ?? [])],
        delimiter: csv.delimiter,
        errors: csv.errors,
      });
    }
    return post({ type: 'read', files });
  }
  const started = performance.now();
  const mapped = (kind: ImportKind): MappedFile | null => {
    const csv = parsed.get(kind);
    const mapping = message.mappings[kind];
    return csv && mapping ? { kind, records: csv.records, mapping } : null;
  };
  const practices = mapped('practices');
  if (!practices) return post({ type: 'failed', message: 'Choose a practices file first.' });
  const built = buildRows(practices, mapped('locations'), mapped('users'));
  let withProblems = 0;
  for (let start = 0; start < built.rows.length; start += ROWS_PER_CHUNK) {
    const rows = built.rows.slice(start, start + ROWS_PER_CHUNK);
    const problems = rows.map(checkRow);
    withProblems += problems.filter((p) => Object.keys(p).length > 0).length;
    post({ type: 'rows', rows, problems });
  }
  post({
    type: 'built',
    notes: built.notes,
    excluded: built.excluded,
    rows: built.rows.length,
    withProblems,
    ms: performance.now() - started,
  });
};

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  handle(event.data).catch((error: unknown) =>
    post({
      type: 'failed',
      message: `The files could not be read: ${error instanceof Error ? error.message : 'unknown error'}.`,
    }),
  );
});
