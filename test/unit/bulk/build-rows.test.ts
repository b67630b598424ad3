import { describe, expect, it } from 'vitest';
import { batchPracticeRowSchema } from '../../../src/shared/contract/batch';
import { draftPracticeSchema } from '../../../src/shared/contract/onboarding-record';
import { suggestTimeZone } from '../../../src/shared/domain/state-time-zone';
import { buildRows, type MappedFile } from '../../../src/renderer/screens/bulk/build-rows';
import { checkRow } from '../../../src/renderer/screens/bulk/check-row';
import { parseCsv } from '../../../src/renderer/screens/bulk/csv-parse';
import { matchHeaders } from '../../../src/renderer/screens/bulk/header-match';
import type { ImportKind } from '../../../src/renderer/screens/bulk/import-kinds';
import { linesOf, problemLines } from '../../../src/renderer/screens/bulk/problem-words';

const file = (kind: ImportKind, text: string): MappedFile => {
  const csv = parseCsv(text);
  return { kind, records: csv.records, mapping: matchHeaders(kind, csv.headers) };
};

const practices = file(
  'practices',
  [
    'Practice name,Account ID,City,State,ZIP code,Phone,Active',
    'Sunrise Pediatrics,sun-1,Dublin,OH,43017,(406) 555-0120,yes',
    'Bad Zip Clinic,bad-1,Dublin,OH,4301,,no',
    'Sunrise again,SUN-1,Dublin,OH,43017,,maybe',
  ].join('\n'),
);
const locations = file(
  'locations',
  [
    'Account ID;Location name;Location code;ZIP code;Phone',
    ' Sun-1 ;North;north;43017;(406) 555-0121',
    'bad-1;South;south;43017;555',
    'nobody-9;West;west;43017;',
    ';East;east;;',
  ].join('\n'),
);
const users = file(
  'users',
  [
    'Account ID,User ID,First name,Last name,Login ID,Password',
    'sun-1,jdoe,Jane,Doe,jdoe,Sunrise-Pass-1',
    'bad-1,asmith,Ann,Smith,,',
  ].join('\n'),
);

describe('building rows from the files', () => {
  const built = buildRows(practices, locations, users);

  it('gives each practice its locations and users by Account ID, with every line kept', () => {
    expect(built.rows.map((r) => [r.line, r.practice.accountId])).toEqual([
      [2, 'sun-1'],
      [3, 'bad-1'],
      [4, 'SUN-1'],
    ]);
    const [sun, bad] = built.rows;
    expect(sun?.practice).toMatchObject({ name: 'Sunrise Pediatrics', postal: '43017', active: true });
    expect(sun?.locations).toMatchObject([
      { line: 2, name: 'North', code: 'north', externalId: 'loc-north' },
    ]);
    expect(sun?.users).toMatchObject([
      { line: 2, userId: 'jdoe', loginId: 'jdoe', password: 'Sunrise-Pass-1' },
    ]);
    // A user without a password is a user without a web login: no password key at all.
    expect(bad?.users[0]).not.toHaveProperty('password');
    expect(bad?.practice).toMatchObject({ postal: '4301', active: false });
    // Each row has the contract's shape exactly (main parses batch.create with it).
    for (const row of built.rows) expect(batchPracticeRowSchema.parse(row)).toEqual(row);
  });

  it('names lines that belong to no practice by file and line, and leaves out a practice given twice', () => {
    expect(built.notes).toEqual([
      {
        kind: 'practices',
        line: 4,
        column: 'Active',
        message: "'maybe' is not yes or no; read as yes.",
        effect: 'kept',
      },
      {
        kind: 'practices',
        line: 4,
        column: 'Account ID',
        message: 'SUN-1 is already on line 2; this line is left out.',
        effect: 'excluded',
      },
      {
        kind: 'locations',
        line: 4,
        column: 'Account ID',
        message:
          'nobody-9 is not in the practices file. Add the practice there or correct the Account ID, then import again.',
        effect: 'dropped',
      },
      {
        kind: 'locations',
        line: 5,
        column: 'Account ID',
        message: 'No Account ID: this location belongs to no practice, so it was not imported.',
        effect: 'dropped',
      },
    ]);
    expect(built.excluded).toEqual([2]);
  });

  it("checks each row with the wizard's rules and says where each problem is", () => {
    const [sun, bad] = built.rows;
    expect(checkRow(sun!)).toEqual({});
    const problems = checkRow(bad!);
    expect(Object.keys(problems).sort()).toEqual(['locations.0.phone', 'practice.postal']);
    const words = problemLines(problems, bad!.line, linesOf(bad!)).map((p) => p.words);
    expect(words).toContain('Line 3, ZIP code: ' + problems['practice.postal']);
    expect(words).toContain('Locations file line 3, Phone: ' + problems['locations.0.phone']);
    expect(problems['practice.postal']).toMatch(/ZIP code must be 5 or 9 digits/);
    // Reopened without the lines of its locations: named by its place in the practice.
    expect(problemLines(problems, bad!.line, null).map((p) => p.words)).toContain(
      'Location 1, Phone: ' + problems['locations.0.phone'],
    );
  });

  it("suggests each practice's time zone from its state when the file gives none, as the wizard does", () => {
    const zones = buildRows(
      file(
        'practices',
        [
          'Practice name,Account ID,State,Time zone',
          'Ohio Clinic,oh-1,OH,',
          'Denver Clinic,co-1,co,',
          'Told Clinic,oh-2,OH,America/Chicago',
          'Nowhere Clinic,xx-1,,',
        ].join('\n'),
      ),
      null,
      null,
    ).rows.map((r) => r.practice.timeZone);
    expect(zones).toEqual([
      suggestTimeZone('OH'),
      suggestTimeZone('CO'),
      'America/Chicago',
      draftPracticeSchema.parse({}).timeZone,
    ]);
    expect(zones[0]).not.toBe(zones[1]);
    // No time zone column at all: the same.
    const noColumn = buildRows(
      file('practices', 'Practice name,Account ID,State\nOhio Clinic,oh-1,OH\n'),
      null,
      null,
    );
    expect(noColumn.rows[0]!.practice.timeZone).toBe(suggestTimeZone('OH'));
  });

  it('asks for a user, as the wizard does, when a practice has none', () => {
    const alone = buildRows(file('practices', 'name,accountId\nSolo,solo-1\n'), null, null);
    const problems = checkRow(alone.rows[0]!);
    expect(problemLines(problems, 2, linesOf(alone.rows[0]!)).map((p) => p.words)).toEqual([
      'Line 2: Add at least one user: an Updox account needs a user to sign in with.',
    ]);
  });

  it('keeps a value longer than a draft holds only up to the limit, and says so', () => {
    const long = buildRows(file('practices', `name,accountId\n${'x'.repeat(600)},long-1\n`), null, null);
    expect(long.rows[0]?.practice.name).toHaveLength(500);
    expect(long.notes[0]).toMatchObject({ line: 2, column: 'Practice name', effect: 'kept' });
  });
});
