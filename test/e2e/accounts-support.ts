import { emptyPractice } from '../../src/shared/domain/practice';
import type { DeskHost } from './support/desk-host';

/** Calls the web host the way the page does (token header), from the test process. */
export const rpc = async (desk: DeskHost, name: string, input?: unknown) => {
  const response = await fetch(`${desk.origin}/rpc/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-desk-token': desk.token },
    body: JSON.stringify({ input }),
  });
  const answer = (await response.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!answer.ok) throw new Error(`${name}: ${answer.error?.message ?? 'failed'}`);
  return answer.data;
};

/** A new-practice draft at `step`, saved through the onboarding calls as the wizard's autosave does. */
export const saveCreateDraft = (
  desk: DeskHost,
  id: string,
  practice: { accountId: string; name: string; city?: string; state?: string },
  step = 1,
) =>
  rpc(desk, 'onboarding.saveDraft', {
    id,
    kind: 'create',
    accountId: practice.accountId,
    data: {
      submitMode: 'create',
      step,
      practice: { ...emptyPractice(), ...practice },
      locations: [],
      users: [],
      baseline: null,
    },
  });
