// Runs electronegativity over src/ and fails on any HIGH or MEDIUM finding that docs/security.md does not
// explain. electronegativity itself always exits 0, so the gate is its CSV.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'desk-scan-'));
const csvPath = path.join(dir, 'report.csv');
const bin = path.join(root, 'node_modules', '.bin', 'electronegativity');
const run = spawnSync(bin, ['-i', 'src', '-e', '45.4.1', '-o', csvPath], { cwd: root, encoding: 'utf8' });

let rows;
try {
  rows = parse(readFileSync(csvPath, 'utf8'), { columns: true, trim: true, skip_empty_lines: true });
} catch {
  console.error(`security scan: electronegativity produced no report.\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Accepted findings are the rows of the "Accepted scanner findings" table in docs/security.md:
// | CHECK_ID | src/path/file.ts | why it is safe |
const doc = readFileSync(path.join(root, 'docs', 'security.md'), 'utf8');
const accepted = new Set(
  [...doc.matchAll(/^\|\s*`?([A-Z_]+)`?\s*\|\s*`?(src\/[^|`\s]+)`?\s*\|/gm)].map((m) => `${m[1]}@${m[2]}`),
);

const serious = rows.filter((r) => r.severity === 'HIGH' || r.severity === 'MEDIUM');
const unexplained = serious.filter((r) => !accepted.has(`${r.issue}@${path.relative(root, r.filename)}`));
const summary = `${rows.length} findings, ${serious.length} HIGH/MEDIUM, ${serious.length - unexplained.length} explained in docs/security.md`;

if (unexplained.length > 0) {
  console.error(`security scan: ${summary}. Unexplained:`);
  for (const r of unexplained)
    console.error(
      `  ${r.severity} ${r.issue} ${path.relative(root, r.filename)}:${r.location} ${r.description}`,
    );
  process.exit(1);
}
console.log(`security scan: ${summary}.`);
