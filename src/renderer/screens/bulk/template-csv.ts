import Papa from 'papaparse';
import { importColumns, type ImportKind } from './import-kinds';

/** The header line of a file's template: each field's first CSV name, in table order. */
export const templateHeaders = (kind: ImportKind): string[] => importColumns[kind].map((c) => c.spec.csv[0]);

/** A template CSV to fill in: the header line only (UTF-8, comma-separated, CRLF as spreadsheets write it). */
export const templateCsv = (kind: ImportKind): string =>
  Papa.unparse({ fields: templateHeaders(kind), data: [] }, { newline: '\r\n' }) + '\r\n';

export const templateFileName = (kind: ImportKind): string => `onboarding-desk-${kind}-template.csv`;
