/**
 * Polls Updox for numbers awaiting verification (a desktop app cannot receive Updox's webhook). Every
 * `intervalMs` while something is waiting; after a round that could not reach Updox the wait doubles, up to
 * `maxBackoffMs`, and returns to `intervalMs` once a round gets through. `checkNow()` runs a round at once.
 */
export type PollRound = () => Promise<'ok' | 'unreachable' | 'idle'>;

export interface PollerState {
  lastCheckedAt: string | null;
  nextCheckAt: string | null;
  backingOff: boolean;
  intervalMs: number;
}

export interface NumberPoller {
  start(): void;
  checkNow(): Promise<PollerState>;
  state(): PollerState;
  stop(): Promise<void>;
}

export const DEFAULT_POLL_MS = 15 * 60_000;
const MIN_POLL_MS = 50;

/** DESK_SMS_POLL_MS, when it is a usable number of milliseconds; else the default. */
export const pollIntervalFromEnv = (raw: string | undefined): number => {
  const ms = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(ms) && ms >= MIN_POLL_MS ? ms : DEFAULT_POLL_MS;
};

export const createNumberPoller = (options: {
  intervalMs: number;
  maxBackoffMs?: number;
  round: PollRound;
  /** After each round that asked Updox, and the first idle one after them: the smsPoll event. */
  onRound?: () => void;
}): NumberPoller => {
  const maxBackoffMs = options.maxBackoffMs ?? Math.max(options.intervalMs * 8, options.intervalMs);
  let delay = options.intervalMs;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;
  let lastCheckedAt: string | null = null;
  let nextAt: number | null = null;
  let wasIdle = true;

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    nextAt = Date.now() + delay;
    timer = setTimeout(() => void runRound(), delay);
    timer.unref();
  };

  const runRound = (): Promise<void> => {
    running ??= (async () => {
      let announce = true;
      try {
        const outcome = await options.round();
        if (outcome !== 'idle') lastCheckedAt = new Date().toISOString();
        announce = outcome !== 'idle' || !wasIdle;
        wasIdle = outcome === 'idle';
        delay = outcome === 'unreachable' ? Math.min(delay * 2, maxBackoffMs) : options.intervalMs;
      } catch {
        delay = Math.min(delay * 2, maxBackoffMs);
      } finally {
        running = undefined;
        schedule();
        if (announce) options.onRound?.();
      }
    })();
    return running;
  };

  const state = (): PollerState => ({
    lastCheckedAt,
    nextCheckAt: nextAt === null || stopped ? null : new Date(nextAt).toISOString(),
    backingOff: delay > options.intervalMs,
    intervalMs: options.intervalMs,
  });

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async checkNow() {
      await runRound();
      return state();
    },
    state,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
};
