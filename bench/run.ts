/**
 * Runs benchmarks and prints one table each: `npm run bench` runs every bench/*.bench.ts, `npm run bench -- drafts`
 * only bench/drafts.bench.ts. A row over its target says FAIL, yet the exit code stays 0: this is a measurement,
 * not a test. Exit code 1 only when a benchmark cannot run at all.
 */
import { readdir } from 'node:fs/promises';
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isBench, type BenchRow } from './bench-types';

const benchDir = dirname(fileURLToPath(import.meta.url));
const suffix = '.bench.ts';

async function main(): Promise<number> {
  const available = (await readdir(benchDir)).filter((name) => name.endsWith(suffix)).sort();
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !available.includes(`${name}${suffix}`));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark: ${unknown.join(', ')}. Available: ${available.map(nameOf).join(', ')}.`,
    );
    return 2;
  }
  const selected = wanted.length > 0 ? wanted.map((name) => `${name}${suffix}`) : available;

  const cpu = cpus();
  console.log(
    `Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
      `${platform()} ${release()} ${arch()}, Node ${process.version}`,
  );
  let failed = false;
  for (const file of selected) {
    const loaded: unknown = (await import(pathToFileURL(join(benchDir, file)).href)).default;
    if (!isBench(loaded)) {
      console.error(`${file} does not export a default { description, run() }.`);
      failed = true;
      continue;
    }
    console.log(`\n${nameOf(file)}: ${loaded.description}`);
    try {
      console.log(formatTable(await loaded.run()));
    } catch (error) {
      console.error(`${nameOf(file)} could not run:`, error);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

function nameOf(file: string): string {
  return file.slice(0, -suffix.length);
}

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

// Only when run as the entry point: a benchmark run on its own imports formatTable from here.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main();
