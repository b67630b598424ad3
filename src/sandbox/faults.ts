import { z } from 'zod';

/** Fault injection for /api/io/ calls, configured through POST /_sandbox/faults. Not persisted. */

const FAULT_KINDS = ['latency', 'http5xx', 'drop', 'malformed', 'slowBody', 'unknownCode'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const faultRuleSchema = z.object({
  method: z.string().min(1).optional(),
  kind: z.enum(FAULT_KINDS),
  latencyMs: z.number().int().min(0).max(600_000).optional(),
  status: z.number().int().min(500).max(599).optional(),
  probability: z.number().min(0).max(1).optional(),
  times: z.number().int().min(0).optional(),
  afterHandling: z.boolean().optional(),
});
export type FaultRule = z.infer<typeof faultRuleSchema>;

export const faultsConfigSchema = z.object({
  rules: z.array(faultRuleSchema),
  seed: z.number().int().optional(),
});
export type FaultsConfig = z.infer<typeof faultsConfigSchema>;

/** The fault to apply to one call, with defaults filled in. */
export interface ChosenFault {
  kind: FaultKind;
  latencyMs: number;
  status: number;
  afterHandling: boolean;
}

const DEFAULT_SEED = 1;
const DEFAULT_LATENCY_MS = 1_000;
const DEFAULT_STATUS = 503;

/** mulberry32: a small seeded PRNG, so a probability fault replays identically for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number | null;
}

export class FaultInjector {
  private rules: ActiveRule[] = [];
  private seed = DEFAULT_SEED;
  private random = seededRandom(DEFAULT_SEED);

  configure(config: FaultsConfig): void {
    this.rules = config.rules.map((rule) => ({ rule, remaining: rule.times ?? null }));
    this.seed = config.seed ?? DEFAULT_SEED;
    this.random = seededRandom(this.seed);
  }

  clear(): void {
    this.configure({ rules: [] });
  }

  /**
   * The first rule that matches the method (canonical name, or name/version; case-insensitive), still has
   * `times` left, and wins its probability roll. Applying a rule uses up one of its `times`.
   */
  pick(methodName: string, version: string): ChosenFault | null {
    const names = [methodName.toLowerCase(), `${methodName}/${version}`.toLowerCase()];
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.method !== undefined && !names.includes(rule.method.toLowerCase())) continue;
      if (active.remaining === 0) continue;
      if (this.random() >= (rule.probability ?? 1)) continue;
      if (active.remaining !== null) active.remaining -= 1;
      return {
        kind: rule.kind,
        latencyMs: rule.latencyMs ?? DEFAULT_LATENCY_MS,
        status: rule.status ?? DEFAULT_STATUS,
        afterHandling: rule.afterHandling ?? false,
      };
    }
    return null;
  }

  describe(): { seed: number; rules: Array<FaultRule & { remaining: number | null }> } {
    return { seed: this.seed, rules: this.rules.map((a) => ({ ...a.rule, remaining: a.remaining })) };
  }
}
