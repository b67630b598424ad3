/**
 * Runs tasks one after another per key (tasks for different keys run concurrently). A task starts only when
 * the previous task for its key has settled, whether it succeeded or failed, so writes to one file never
 * interleave and the last call wins.
 */
export interface KeyedSerializer {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Resolves once every task queued so far (and any queued meanwhile) has settled. */
  idle(): Promise<void>;
}

export function createKeyedSerializer(): KeyedSerializer {
  const tails = new Map<string, Promise<void>>();

  function run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  }

  async function idle(): Promise<void> {
    while (tails.size > 0) await Promise.all(tails.values());
  }

  return { run, idle };
}
