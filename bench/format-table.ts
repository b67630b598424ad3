import type { BenchRow } from './bench-types';

const unitLabels: Record<BenchRow['unit'], string> = { ms: 'ms', bytes: 'B', count: '' };

function formatValue(value: number, unit: BenchRow['unit'], digits: number): string {
  return `${value.toFixed(digits)} ${unitLabels[unit]}`.trimEnd();
}

/** An aligned text table: Measure, Value, Target, Result (PASS / FAIL when the row has a target). */
export function formatTable(rows: readonly BenchRow[]): string {
  const table: string[][] = [
    ['Measure', 'Value', 'Target', 'Result'],
    ...rows.map((row) => [
      row.measure,
      formatValue(row.value, row.unit, row.unit === 'ms' ? (row.value < 10 ? 2 : 1) : 0),
      row.target === undefined ? '-' : `< ${formatValue(row.target, row.unit, 0)}`,
      row.target === undefined ? '' : row.value < row.target ? 'PASS' : 'FAIL',
    ]),
  ];
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...table.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 1 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width));
  return [table[0] ?? [], rule, ...table.slice(1)].map(line).join('\n');
}
