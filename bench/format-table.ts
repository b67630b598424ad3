import { passes, type BenchRow } from './bench-types';

const formatValue = (value: number, unit: BenchRow['unit']): string => {
  switch (unit) {
    case 'ms':
      return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
    case 'bytes':
      return value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${Math.round(value)} B`;
    case 'MB':
      return `${value.toFixed(0)} MB`;
    case 'ratio':
      return `${value.toFixed(2)}x`;
    case 'per-second':
      return `${Math.round(value)}/s`;
    case 'count':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
};

const opText = { '<': '<', '<=': '≤', '>=': '≥' } as const;

/** An aligned text table: Measure, Target, Value, Reference (same run), Result (PASS / FAIL when there is a target). */
export function formatTable(rows: readonly BenchRow[]): string {
  const table: string[][] = [
    ['Measure', 'Target', 'Value', 'Reference (same run)', 'Result'],
    ...rows.map((row) => {
      const ok = passes(row);
      return [
        row.measure,
        row.target === undefined ? '-' : `${opText[row.op ?? '<']} ${formatValue(row.target, row.unit)}`,
        formatValue(row.value, row.unit),
        row.reference ?? '',
        ok === undefined ? '' : ok ? 'PASS' : 'FAIL',
      ];
    }),
  ];
  const widths = table[0]!.map((_, column) =>
    Math.max(...table.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  return [line(table[0] ?? []), rule, ...table.slice(1).map(line)].join('\n');
}
