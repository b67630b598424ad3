import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/renderer/screens/bulk/csv-parse';
import {
  fieldOfHeader,
  fieldsMappedTwice,
  matchHeaders,
  normalizeHeader,
} from '../../../src/renderer/screens/bulk/header-match';
import { importColumns } from '../../../src/renderer/screens/bulk/import-kinds';
import { templateCsv, templateHeaders } from '../../../src/renderer/screens/bulk/template-csv';
import { practiceFieldTable } from '../../../src/shared/domain/fields/practice-fields';

describe('header matching', () => {
  it('ignores case, spaces, punctuation and a byte order mark', () => {
    expect(normalizeHeader('\uFEFFZIP Code')).toBe('zipcode');
    for (const header of ['ZIP code', 'zip_code', 'Zip-Code', ' zip code ', 'ZIP', 'postal', 'POSTAL'])
      expect(fieldOfHeader('practices', header), header).toBe('postal');
  });

  it('knows labels, CSV names and Updox wire keys', () => {
    expect(
      matchHeaders('practices', ['Practice name', 'accountId', 'Address', 'Time zone', 'websiteAddress']),
    ).toEqual(['name', 'accountId', 'address1', 'timeZone', 'websiteAddress']);
    // A location's Updox keys differ from the app's: dayphone is the Phone, emailAddress the Email.
    expect(
      matchHeaders('locations', ['Account ID', 'dayphone', 'emailAddress', 'zip', 'Location code']),
    ).toEqual(['accountId', 'phone', 'email', 'zip', 'code']);
    expect(matchHeaders('users', ['account id', 'User ID', 'loginPassword', 'Administrator'])).toEqual([
      'accountId',
      'userId',
      'password',
      'admin',
    ]);
  });

  it('leaves unknown columns and a field named twice not imported', () => {
    expect(matchHeaders('practices', ['Name', 'Favourite colour', 'Practice name'])).toEqual([
      'name',
      null,
      null,
    ]);
    expect(fieldsMappedTwice(['name', 'city', 'name', null])).toEqual(['name']);
  });

  it('matches every header of its own template, in table order', () => {
    for (const kind of ['practices', 'locations', 'users'] as const) {
      const headers = templateHeaders(kind);
      expect(matchHeaders(kind, headers)).toEqual(importColumns[kind].map((c) => c.key));
      expect(parseCsv(templateCsv(kind)).headers).toEqual(headers);
    }
    // Derived from the table: the practice template's first column is the table's first CSV name.
    expect(templateHeaders('practices')[0]).toBe(practiceFieldTable.name.csv[0]);
    expect(templateHeaders('practices')).not.toContain('Vetted');
  });
});

describe('CSV files as spreadsheets save them', () => {
  it('reads semicolons, a BOM, quoted delimiters, quotes and line breaks, with spreadsheet line numbers', () => {
    const text =
      '\uFEFFPractice name;Account ID;Address line 1\r\n' +
      '"Sunrise; Pediatrics";sun-1;"12 Main St\r\nSuite 4"\r\n' +
      '\r\n' +
      '"The ""Best"" Clinic";best-1;1 Elm\r\n';
    const csv = parseCsv(text);
    expect(csv.delimiter).toBe(';');
    expect(csv.headers).toEqual(['Practice name', 'Account ID', 'Address line 1']);
    expect(csv.records).toEqual([
      { line: 2, cells: ['Sunrise; Pediatrics', 'sun-1', '12 Main St\r\nSuite 4'] },
      { line: 4, cells: ['The "Best" Clinic', 'best-1', '1 Elm'] },
    ]);
    expect(matchHeaders('practices', csv.headers)).toEqual(['name', 'accountId', 'address1']);
  });

  it('reads commas and says where a quote is not closed', () => {
    const csv = parseCsv('name,accountId\nA,a-1\n"B,b-2\n');
    expect(csv.delimiter).toBe(',');
    expect(csv.errors[0]?.message).toContain('quoted field is not closed');
  });
});
