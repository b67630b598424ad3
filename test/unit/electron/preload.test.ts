import { describe, expect, it, vi } from 'vitest';
import { callNames } from '../../../src/shared/contract/define';
import { contract } from '../../../src/shared/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (channel: string, input: unknown) => ({ channel, input }));
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => invoke(channel, input),
    on: (channel: string, fn: (event: unknown, payload: unknown) => void) => listeners.set(channel, fn),
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

  it('passes on only the open-screen message, and only a string', async () => {
    await import('../../../src/preload/index');
    const desk = exposed.desk as { onOpenScreen: (fn: (s: string) => void) => void };
    expect(Object.keys(desk)).toEqual(['onOpenScreen']);
    const got: string[] = [];
    desk.onOpenScreen((s) => got.push(s));
    expect([...listeners.keys()]).toEqual(['app.openScreen']);
    listeners.get('app.openScreen')!({}, '#/sms/acct-1');
    listeners.get('app.openScreen')!({}, { hash: '#/x' });
    expect(got).toEqual(['#/sms/acct-1']);
  });
});
