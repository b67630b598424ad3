/**
 * Runs benchmarks and prints one table each: `npm run bench` runs every bench/*.bench.ts, `npm run bench -- drafts`
 * only bench/drafts.bench.ts. A row over its target says FAIL, yet the exit code stays 0: this is a measurement,
 * not a test. Exit code 1 only when a benchmark cannot run at all.
 */
import { readdir } from 'node:fs/promises';
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isBench } from './bench-types';
import { formatTable } from './format-table';

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

process.exitCode = await main();
