/** One line of a benchmark's table. */
export interface BenchRow {
  measure: string;
  value: number;
  unit: 'ms' | 'bytes' | 'count';
  /** Upper bound the value must stay under; omitted for figures given for information. */
  target?: number;
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
