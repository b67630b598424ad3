import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../services/test-services';
import type { ReviewView, SubmissionView } from '../../../src/shared/contract/onboarding';
import { validDraft } from './wizard-fixtures';
import { sandboxState } from '../../support/sandbox-api';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('Review checks the sealed passwords and names the user', () => {
  it('a weak password saved in a draft is a problem on Review, naming the user, and at Create too', async () => {
    await app.call('onboarding.saveDraft', {
      id: 'weak',
      kind: 'create',
      data: validDraft('weak-1'),
      passwords: { u1: 'sunrise' },
    });
    const review = await app.call<ReviewView>('onboarding.review', { id: 'weak' });
    expect(review.ok).toBe(true);
    if (!review.ok) return;
    expect(review.data.problems['users.0.password']).toMatch(
      /^Jane Smith \(jsmith\): Password must be 8 to 30/,
    );
    const sent = await app.call('onboarding.submit', { id: 'weak' });
    expect(sent).toMatchObject({ ok: false, error: { kind: 'validation' } });
    if (!sent.ok) expect(sent.error.message).toContain('Jane Smith (jsmith): Password must');
  });
});

describe('a user without a web login', () => {
  it('is created with only first and last name (and the app’s User ID): no Login ID, no Password', async () => {
    const data = validDraft('nologin-1');
    data.users = [{ ...data.users[0]!, loginId: '' }];
    await app.call('onboarding.saveDraft', { id: 'nl', kind: 'create', data });
    const review = await app.call<ReviewView>('onboarding.review', { id: 'nl' });
    expect(review).toMatchObject({ ok: true, data: { problems: {} } });
    const sent = await app.call<SubmissionView>('onboarding.submit', { id: 'nl' });
    expect(sent.ok && sent.data.state).toBe('synced');
    const state = (await sandboxState((await app.services.sandbox.get()).origin)) as {
      users: { accountId: string; userId: string; loginId: string | null }[];
    };
    expect(state.users.filter((u) => u.accountId === 'nologin-1')).toEqual([
      expect.objectContaining({ userId: 'jsmith', loginId: null }),
    ]);
  });

  it('a Login ID without a Password is refused before anything is sent, naming the field', async () => {
    await app.call('onboarding.saveDraft', { id: 'half', kind: 'create', data: validDraft('half-1') });
    const sent = await app.call('onboarding.submit', { id: 'half' });
    expect(sent).toMatchObject({ ok: false, error: { kind: 'validation' } });
    if (!sent.ok)
      expect(sent.error.fields?.['users.0.password']).toMatch(/Password is required with a Login ID/);
  });
});
