import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callNames, findCall } from '../../../src/shared/contract/define';
import { contract } from '../../../src/shared/contract';
import { fuzzScale } from './scale';
import { firstFieldOf, hashFolder, hostilePayload } from './hostile-values';
import { rawRequest, startHostHarness } from '../web-host/host-harness';

/**
 * Every contract entry, fed generated hostile payloads through the dispatcher and through the web host over HTTP:
 * each invalid payload is refused with the typed validation error naming the field, nothing crashes, nothing is
 * written (the data folder hashes the same before and after), and no prototype is polluted.
 */
let h: Awaited<ReturnType<typeof startHostHarness>>;
beforeAll(async () => {
  h = await startHostHarness();
  // Let start-up writes (settings, sandbox state, caches) settle before the "before" snapshot.
  await h.app.services.onboarding.drafts.whenIdle();
}, 60_000);
afterAll(() => h.close());

const names = callNames(contract);
const perEntryDispatcher = Math.ceil((1_000 * fuzzScale) / names.length);
const perEntryHttp = Math.ceil((200 * fuzzScale) / names.length);

interface Refusal {
  ok: false;
  error: { kind: string; message: string; fields?: Record<string, string> };
}

const invalidPayloads = (
  name: string,
  count: number,
  seed: number,
): { payload: unknown; field: string }[] => {
  const spec = findCall(contract, name)!;
  const out: { payload: unknown; field: string }[] = [];
  fc.assert(
    fc.property(hostilePayload(spec.input), (payload) => {
      const parsed = spec.input.safeParse(payload);
      if (!parsed.success) out.push({ payload, field: firstFieldOf(parsed.error) });
    }),
    { numRuns: count * 3, seed },
  );
  return out.slice(0, count);
};

const expectNamedRefusal = (answer: unknown, field: string, label: string) => {
  const refusal = answer as Refusal;
  expect(refusal.ok, label).toBe(false);
  expect(refusal.error.kind, label).toBe('validation');
  expect(Object.keys(refusal.error.fields ?? {}), label).toContain(field);
  expect(refusal.error.message.length, label).toBeGreaterThan(0);
};

export const fuzzCounts = { dispatcher: 0, http: 0 };

describe('contract fuzz', () => {
  it(`sends >= ${1_000 * fuzzScale} invalid payloads through the dispatcher: each refused, naming its field`, async () => {
    const before = await hashFolder(h.app.dataDir);
    let sent = 0;
    for (const [i, name] of names.entries()) {
      const payloads = invalidPayloads(name, perEntryDispatcher, 1000 + i);
      for (const { payload, field } of payloads) {
        expectNamedRefusal(
          await h.app.call(name, payload),
          field,
          `${name} ${JSON.stringify(payload)?.slice(0, 200)}`,
        );
        sent += 1;
      }
    }
    fuzzCounts.dispatcher = sent;
    console.log(
      `fuzz: ${sent} invalid payloads through the dispatcher over ${names.length} contract entries`,
    );
    expect(sent).toBeGreaterThanOrEqual(1_000 * fuzzScale * 0.9);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await hashFolder(h.app.dataDir)).toEqual(before);
  }, 240_000);

  it(`sends >= ${200 * fuzzScale} invalid payloads through the web host over HTTP`, async () => {
    const before = await hashFolder(h.app.dataDir);
    let sent = 0;
    for (const [i, name] of names.entries()) {
      for (const { payload, field } of invalidPayloads(name, perEntryHttp, 5000 + i)) {
        const body = JSON.stringify({ input: payload }) ?? '{}';
        const answer = await rawRequest(h.port, {
          method: 'POST',
          path: `/rpc/${name}`,
          headers: { 'content-type': 'application/json', 'x-desk-token': h.host.token },
          body,
        });
        sent += 1;
        if (answer.status === 413) continue; // over the host's 256 KB limit: refused before parsing
        expect(answer.status).toBe(200);
        if (payload === undefined) continue;
        expectNamedRefusal(JSON.parse(answer.body), field, `${name} over HTTP`);
      }
    }
    console.log(`fuzz: ${sent} invalid payloads through the web host over HTTP`);
    expect(sent).toBeGreaterThanOrEqual(200 * fuzzScale);
    expect(await hashFolder(h.app.dataDir)).toEqual(before);
    expect((await rawRequest(h.port, { path: '/' })).status).toBe(200);
  }, 240_000);

  it('refuses an account ID of any other length or form in every entry that takes one, naming accountId', async () => {
    const entries = names.filter((name) => {
      const shape = (findCall(contract, name)!.input as { shape?: Record<string, unknown> }).shape;
      return shape !== undefined && 'accountId' in shape;
    });
    for (const required of [
      'accounts.get',
      'business.readinessInput',
      'business.submitMissingInfo',
      'onboarding.openEdit',
    ]) {
      expect(entries).toContain(required);
    }
    const before = await hashFolder(h.app.dataDir);
    for (const name of entries) {
      if (
        ['onboarding.saveDraft', 'onboarding.checkAccountId', 'onboarding.checkPortalAddress'].includes(name)
      )
        continue;
      for (const bad of ['x'.repeat(200_000), 'a'.repeat(65), 'has space', 'ünïcode', '']) {
        const answer = (await h.app.call(name, {
          accountId: bad,
          account: {},
          locationId: 1,
          to: '',
          message: '',
        })) as Refusal;
        expect(answer.ok, name).toBe(false);
        expect(answer.error.fields?.accountId, `${name} ${bad.slice(0, 10)}`).toMatch(/Account ID/);
      }
    }
    expect(await hashFolder(h.app.dataDir)).toEqual(before);
  });
});
