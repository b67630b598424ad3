import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from './test-services';
import type { DeskEvent, EventName } from '../../../src/shared/contract/events';
import { eventNames } from '../../../src/shared/contract/event-names';
import { eventSchemas } from '../../../src/shared/contract/events';
import type { SubmissionView } from '../../../src/shared/contract/onboarding';
import { setFaults } from '../../support/sandbox-api';
import { GOOD_PASSWORD, validDraft } from '../onboarding/wizard-fixtures';
import { reportStorageNotice } from '../../../src/main/services/storage/storage-notices';
import { parseEventStream } from '../../../src/renderer/api/events';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App;
let sandboxOrigin: string;
let seen: Array<{ name: EventName; payload: DeskEvent<EventName> }>;

beforeEach(async () => {
  app = await startTestApp();
  sandboxOrigin = (await app.services.sandbox.get()).origin;
  await app.services.connection.current(0);
  seen = [];
  app.services.events.listen((name, payload) => seen.push({ name, payload }));
});
afterEach(async () => {
  await setFaults(sandboxOrigin, []);
  await app.close();
});

const of = <N extends EventName>(name: N) =>
  seen.filter((e) => e.name === name).map((e) => e.payload as DeskEvent<N>);

describe('events from main', () => {
  it('the names-only list is the event list', () => {
    expect([...eventNames].sort()).toEqual(Object.keys(eventSchemas).sort());
  });

  it('a submission queued offline, then sent: submission events with its view, and the queued count', async () => {
    await app.call('onboarding.saveDraft', {
      id: 'e1',
      kind: 'create',
      data: validDraft('events-1'),
      passwords: { u1: GOOD_PASSWORD },
    });
    await setFaults(sandboxOrigin, [{ kind: 'drop' }]);
    app.services.connection.report('unreachable');
    expect(of('health').at(-1)).toMatchObject({ connection: 'unreachable', outboxCount: 0 });
    const queued = await app.call<SubmissionView>('onboarding.submit', { id: 'e1' });
    expect(queued.ok && queued.data.state).toBe('queued');
    expect(of('submission').at(-1)).toMatchObject({ draftId: 'e1', environmentId: 'sandbox' });
    expect(of('submission').at(-1)?.view?.state).toBe('queued');
    expect(of('health').at(-1)).toMatchObject({ outboxCount: 1 });

    await setFaults(sandboxOrigin, []);
    const item = app.services.onboarding.listOutbox()[0]!;
    await app.call('onboarding.retryOutbox', { id: item.id });
    // Each step was announced as it was done, ending synced; the count went back to 0.
    const states = of('submission').map((e) => e.view?.state);
    expect(states.at(-1)).toBe('synced');
    expect(
      of('submission').some((e) => e.view?.steps.some((s) => s.step === 'practice' && s.state === 'done')),
    ).toBe(true);
    expect(of('health').at(-1)).toMatchObject({ outboxCount: 0 });
  });

  it('a submission Updox confirmed tells the pipeline: a pipeline event, and the practice at its stage', async () => {
    await app.call('onboarding.saveDraft', {
      id: 'p1',
      kind: 'create',
      data: validDraft('pipeline-1'),
      passwords: { u1: GOOD_PASSWORD },
    });
    const sent = await app.call<SubmissionView>('onboarding.submit', { id: 'p1' });
    expect(sent.ok && sent.data.state).toBe('synced');
    await app.services.facts.idle();
    expect(of('pipeline').at(-1)).toEqual({ environmentId: 'sandbox', check: null, changed: true });
    const practice = await app.services.pipeline.practice({ accountId: 'pipeline-1' });
    expect(practice?.timeline.filter((t) => t.state === 'done').map((t) => t.stage)).toEqual(
      expect.arrayContaining(['created', 'locations', 'users']),
    );
    // Nothing new learned: no event.
    const count = of('pipeline').length;
    await app.services.facts.note('sandbox', new Map([['pipeline-1', { usersAtLeast: 1 }]]));
    expect(of('pipeline')).toHaveLength(count);
  });

  it('switching the environment announces the new one; the same state twice is not announced again', async () => {
    await app.call('environments.select', { id: 'qa' });
    expect(of('health').at(-1)?.environment).toMatchObject({ id: 'qa', name: 'Updox QA' });
    const count = of('health').length;
    app.services.health.publish();
    expect(of('health')).toHaveLength(count);
  });

  it("a damaged data file of this data folder is announced, relative to the folder; another folder's is not", () => {
    reportStorageNotice({
      path: path.join(app.dataDir, 'drafts', 'x.json'),
      reason: 'damaged',
      outcome: 'reset',
    });
    reportStorageNotice({
      path: path.join(app.dataDir + '-other', 'y.json'),
      reason: 'damaged',
      outcome: 'reset',
    });
    expect(of('storageNotice')).toEqual([
      expect.objectContaining({ file: path.join('drafts', 'x.json'), outcome: 'reset' }),
    ]);
  });
});

describe('the renderer reads the event stream', () => {
  it('splits complete events and keeps the unfinished rest for the next chunk', () => {
    const { events, rest } = parseEventStream(
      ': open\n\nevent: toast\ndata: {"a":1}\n\nevent: health\ndata: {"b"',
    );
    expect(events).toEqual([{ name: 'toast', data: '{"a":1}' }]);
    expect(rest).toBe('event: health\ndata: {"b"');
  });
});
