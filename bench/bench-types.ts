/** One line of the benchmark table. */
export interface BenchRow {
  measure: string;
  value: number;
  unit: 'ms' | 'bytes' | 'count' | 'ratio' | 'per-second' | 'MB';
  /** The bound the value is judged against; omitted for figures given for information. */
  target?: number;
  /** How the value must compare with the target (default '<'). */
  op?: '<' | '<=' | '>=';
  /** The reference measured in the same run, in words (e.g. "bare React 19 app 66.2 KB"). */
  reference?: string;
}

/** What a `bench/<name>.bench.ts` module exports as default. */
export interface Bench {
  description: string;
  run(): Promise<BenchRow[]>;
}

export function isBench(value: unknown): value is Bench {
  return (
    typeof value === 'object' &&
    value !== null &&
    'run' in value &&
    typeof value.run === 'function' &&
    'description' in value &&
    typeof value.description === 'string'
  );
}

export const passes = (row: BenchRow): boolean | undefined => {
  if (row.target === undefined) return undefined;
  switch (row.op ?? '<') {
    case '<':
      return row.value < row.target;
    case '<=':
      return row.value <= row.target;
    case '>=':
      return row.value >= row.target;
  }
};
