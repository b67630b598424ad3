import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PipelineCheck, PipelinePractice, PipelineView } from '../../../src/shared/contract/pipeline';
import type { DeskEvent } from '../../../src/shared/contract/events';
import type { AppErrorData } from '../../../src/shared/errors';
import { startTestApp } from '../services/test-services';
import { setFaults } from '../../support/sandbox-api';
import { countsFromSandbox, seedPipeline, seeded, stagesFromSandbox } from './pipeline-seed';

type App = Awaited<ReturnType<typeof startTestApp>>;

const okData = async <T>(p: Promise<{ ok: boolean; data?: unknown; error?: AppErrorData }>): Promise<T> => {
  const r = await p;
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r.error)}`);
  return r.data as T;
};

describe('Check all against the embedded sandbox over HTTP', () => {
  let app: App;
  let origin: string;
  let events: DeskEvent<'pipeline'>[];
  beforeEach(async () => {
    app = await startTestApp();
    origin = (await app.services.sandbox.get()).origin;
    events = [];
    app.services.events.listen((name, payload) => {
      if (name === 'pipeline') events.push(payload as DeskEvent<'pipeline'>);
    });
  });
  afterEach(async () => app.close());

  const seed = () =>
    seedPipeline(origin, {
      savePartner: async (details) => void (await okData(app.call('business.savePartner', { details }))),
      listAccounts: async () => void (await okData(app.call('accounts.list'))),
      sendText: async (accountId, locationId) => {
        const sent = await okData<{ outcome: string }>(
          app.call('sms.send', {
            accountId,
            locationId,
            to: '(614) 555-0199',
            message: 'Welcome',
            secure: false,
            environmentId: 'sandbox',
          }),
        );
        expect(sent.outcome).toBe('sent');
      },
    });

  const checkAll = async (): Promise<PipelineCheck> => {
    const started = await okData<PipelineCheck>(app.call('pipeline.checkAll'));
    expect(started.state).toBe('running');
    const finished = await app.services.pipeline.whenChecked('sandbox');
    if (!finished) throw new Error('no Check all ran');
    return finished;
  };

  it("puts each seeded practice in the stage the sandbox's records give, and flags the stuck ones", async () => {
    await seed();
    const check = await checkAll();
    expect(check).toMatchObject({ state: 'done', total: 8, done: 8, failed: 0, error: null });

    const view = await okData<PipelineView>(app.call('pipeline.view'));
    const expected = await stagesFromSandbox(origin);
    expect(new Map(view.practices.map((p) => [p.accountId, p.stage]))).toEqual(expected);
    const counts = Object.fromEntries(view.counts.map((c) => [c.stage, c.count]));
    expect(counts).toEqual(await countsFromSandbox(origin));
    // Every stage has a practice (the seed is complete), and the two stuck rules each flag theirs.
    expect(view.counts.every((c) => c.count > 0)).toBe(true);
    const stuck = Object.fromEntries(view.practices.map((p) => [p.accountId, p.stuck.map((s) => s.kind)]));
    expect(stuck).toEqual({
      [seeded.created]: ['details-incomplete'],
      [seeded.locations]: ['details-incomplete'],
      [seeded.users]: ['details-incomplete'],
      [seeded.details]: [],
      [seeded.requested]: [],
      [seeded.stuckPending]: ['verification-pending'],
      [seeded.approved]: [],
      [seeded.texted]: [],
    });
    expect(view.counts.find((c) => c.stage === 'requested')).toEqual({
      stage: 'requested',
      count: 2,
      stuck: 1,
    });

    // Progress came as events, ending with the run done and the facts changed.
    const running = events.filter((e) => e.check?.state === 'running');
    expect(running.length).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({
      environmentId: 'sandbox',
      changed: true,
      check: { state: 'done' },
    });
  });

  it("dates a practice's timeline by the environment's clock, and leaves unknown what was never asked", async () => {
    await seed();
    const before = await okData<PipelinePractice>(
      app.call('pipeline.practice', { accountId: seeded.approved }),
    );
    // Only listed so far (its number was requested straight through Updox): what was never asked is unknown.
    expect(before.timeline.find((t) => t.stage === 'users')?.state).toBe('unknown');
    await checkAll();
    const after = await okData<PipelinePractice>(
      app.call('pipeline.practice', { accountId: seeded.approved }),
    );
    expect(after.stage).toBe('approved');
    const step = (stage: string) => after.timeline.find((t) => t.stage === stage)!;
    expect(step('users')).toMatchObject({ state: 'done' });
    expect(step('texted')).toMatchObject({ state: 'not-done', at: null });
    // Learned at the first listing (sandbox time T0) and at Check all (T0 + 11 days).
    const created = Date.parse(step('created').at!);
    const approved = Date.parse(step('approved').at!);
    expect(approved - created).toBeGreaterThanOrEqual(11 * 24 * 60 * 60 * 1000);
    expect(await okData(app.call('pipeline.practice', { accountId: 'nobody-here' }))).toBeNull();
  });

  it('asks only what it does not know: a second run skips what is settled', async () => {
    await seed();
    await checkAll();
    const countOf = async (method: string) =>
      (
        await okData<{ entries: { method: string }[] }>(app.call('activity.recent', { limit: 1000 }))
      ).entries.filter((e) => e.method === method).length;
    const locationsBefore = await countOf('PracticeLocationsRetrieve');
    await checkAll();
    // Only the practices with no location of their own are asked again (created: 1 of 8).
    expect((await countOf('PracticeLocationsRetrieve')) - locationsBefore).toBe(1);
  });

  it('stops and says why when Updox cannot be reached, keeping what was known', async () => {
    await seed();
    await setFaults(origin, [{ kind: 'drop' }]);
    const check = await checkAll();
    expect(check.state).toBe('failed');
    expect(check.error?.message).toBeTruthy();
    const view = await okData<PipelineView>(app.call('pipeline.view'));
    expect(view.practices.map((p) => p.accountId)).toHaveLength(8);
  });
});
