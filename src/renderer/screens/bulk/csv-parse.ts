import Papa from 'papaparse';

/** One record of a CSV file with its line: the spreadsheet's row number (the header is line 1). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedCsv {
  readonly headers: string[];
  readonly records: CsvRecord[];
  readonly delimiter: ',' | ';';
  /** What papaparse could not read (an unclosed quote), by line. */
  readonly errors: { line: number; message: string }[];
}

/**
 * A CSV as a spreadsheet saves it: UTF-8 with or without a byte order mark, comma or semicolon (guessed from the
 * header), quoted fields that hold delimiters, quotes or line breaks. Blank records are skipped but keep their
 * number, so every line named later is the row the person sees in their spreadsheet.
 */
export const parseCsv = (text: string): ParsedCsv => {
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, {
    delimiter: '',
    delimitersToGuess: [',', ';'],
    skipEmptyLines: false,
    header: false,
  });
  const delimiter = result.meta.delimiter === ';' ? ';' : ',';
  const [head = [], ...rest] = result.data;
  const records: CsvRecord[] = [];
  rest.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    records.push({ line: i + 2, cells });
  });
  const errors = result.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({
      line: (e.row ?? 0) + 1,
      message: 'A quoted field is not closed: the rest of the file was read as part of it.',
    }));
  return { headers: head.map((h) => h.trim()), records, delimiter, errors };
};
