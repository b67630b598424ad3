/**
 * A count with its noun, as the screens and messages say it: "1 practice", "1,204 rows", "3 batches". The app
 * speaks English, so numbers are grouped the English way wherever it runs (main, renderer, a worker).
 */
export const countOf = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
export const andList = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
