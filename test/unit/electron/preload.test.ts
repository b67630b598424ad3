import { describe, expect, it, vi } from 'vitest';
import { callNames } from '../../../src/shared/contract/define';
import { contract } from '../../../src/shared/contract';
import { eventSchemas } from '../../../src/shared/contract/events';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (channel: string, input: unknown) => ({ channel, input }));
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => invoke(channel, input),
    on: (channel: string, fn: (event: unknown, payload: unknown) => void) => listeners.set(channel, fn),
    removeListener: (channel: string, fn: unknown) => {
      if (listeners.get(channel) === fn) listeners.delete(channel);
    },
  },
}));

describe('preload', () => {
  it('exposes window.api with one named method per contract call and nothing else', async () => {
    await import('../../../src/preload/index');
    expect(Object.keys(exposed)).toEqual(['api', 'desk']);
    const api = exposed.api as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>;
    const names = Object.entries(api).flatMap(([d, ms]) => Object.keys(ms).map((m) => `${d}.${m}`));
    expect(names.sort()).toEqual(callNames(contract).sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect('invoke' in api).toBe(false);
    expect(await api.app!.info!()).toEqual({ channel: 'app.info', input: undefined });
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('exposes one named subscribe per event, each on its own channel only, and its unsubscribe', async () => {
    await import('../../../src/preload/index');
    const desk = exposed.desk as Record<string, (fn: (p: unknown) => void) => () => void>;
    const subscribes = Object.keys(desk).filter((k) => k !== 'onOpenScreen');
    const expected = Object.keys(eventSchemas).map((n) => `on${n[0]!.toUpperCase()}${n.slice(1)}`);
    expect(subscribes.sort()).toEqual(expected.sort());
    expect(Object.isFrozen(desk)).toBe(true);
    expect('on' in desk || 'subscribe' in desk).toBe(false);
    listeners.clear();
    const got: unknown[] = [];
    const stop = desk.onHealth!((p) => got.push(p));
    expect([...listeners.keys()]).toEqual(['event.health']);
    listeners.get('event.health')!({}, { outboxCount: 1 });
    expect(got).toEqual([{ outboxCount: 1 }]);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('passes on the open-screen message, and only a string', async () => {
    await import('../../../src/preload/index');
    const desk = exposed.desk as { onOpenScreen: (fn: (s: string) => void) => void };
    listeners.clear();
    const got: string[] = [];
    desk.onOpenScreen((s) => got.push(s));
    expect([...listeners.keys()]).toEqual(['app.openScreen']);
    listeners.get('app.openScreen')!({}, '#/sms/acct-1');
    listeners.get('app.openScreen')!({}, { hash: '#/x' });
    expect(got).toEqual(['#/sms/acct-1']);
  });
});
