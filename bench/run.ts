/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named: `npm run bench -- drafts web-host`) and prints ONE
 * table with every row: measure, target, value, the reference measured in the same run, PASS/FAIL. A row over its
 * target says FAIL, yet the exit code stays 0: this is a measurement, not a test. Exit code 1 only when a benchmark
 * cannot run at all, 2 for an unknown name. Progress goes to stderr; the table to stdout.
 */
import { readdir } from 'node:fs/promises';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isBench, passes, type BenchRow } from './bench-types';
import { formatTable } from './format-table';

const benchDir = dirname(fileURLToPath(import.meta.url));
const suffix = '.bench.ts';
/** The order of the table: what a person meets first, first. */
const order = [
  'first-screen',
  'web-host',
  'accounts-list',
  'sandbox',
  'updox-client',
  'drafts',
  'batch-submit',
];

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');

async function main(): Promise<number> {
  const names = (await readdir(benchDir)).filter((name) => name.endsWith(suffix)).map(nameOf);
  const available = [...order.filter((n) => names.includes(n)), ...names.filter((n) => !order.includes(n))];
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${available.join(', ')}.`);
    return 2;
  }
  const selected = wanted.length > 0 ? available.filter((n) => wanted.includes(n)) : available;

  const cpu = cpus();
  const started = performance.now();
  const loadBefore = load();
  const rows: BenchRow[] = [];
  let failed = false;
  for (const name of selected) {
    const loaded: unknown = (await import(pathToFileURL(join(benchDir, `${name}${suffix}`)).href)).default;
    if (!isBench(loaded)) {
      console.error(`${name}${suffix} does not export a default { description, run() }.`);
      failed = true;
      continue;
    }
    console.error(`[bench] ${name}: ${loaded.description}`);
    try {
      rows.push(...(await loaded.run()).map((row) => ({ ...row, measure: `${name}: ${row.measure}` })));
    } catch (error) {
      console.error(`${name} could not run:`, error);
      failed = true;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const judged = rows.map(passes).filter((ok) => ok !== undefined);
  console.log(
    `Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
      `${platform()} ${release()} ${arch()}, Node ${process.version}`,
  );
  console.log(
    `Date: ${new Date().toISOString()}. Load average (1/5/15 min): before ${loadBefore}, after ${load()}.`,
  );
  console.log(
    `Took ${seconds.toFixed(0)} s. ${judged.filter(Boolean).length} of ${judged.length} targets pass.\n`,
  );
  console.log(formatTable(rows));
  return failed ? 1 : 0;
}

function nameOf(file: string): string {
  return file.slice(0, -suffix.length);
}

process.exitCode = await main();
