import { businessDetailsSufficient } from '../../../src/sandbox/rules/business-details';
import { z } from 'zod';
import { accountSchema, locationSchema, partnerSchema, userSchema } from '../../../src/sandbox/state';
import {
  advanceClock,
  callUpdoxOk,
  createPractice,
  sandboxState,
  setVendor,
  setVerification,
  syncLocations,
} from '../../support/sandbox-api';
import { completePractice, partnerDetails } from '../sms/sms-sandbox';

/**
 * A sandbox with a practice in every stage of the onboarding pipeline, set up the way a partner would (Updox calls
 * and the sandbox's control plane), and the same stages worked out from the sandbox's own records, so a test can
 * hold the app's funnel to them. Used by the unit test of Check all and the pipeline's end-to-end spec.
 */
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** What the seed needs the app to do (through its calls, as the screens would). */
export interface SeedApp {
  /** The app's own partner details (the Business details screen). */
  savePartner(details: typeof partnerDetails): Promise<void>;
  /** Opens the Accounts list once: the app learns of the practices now. */
  listAccounts(): Promise<void>;
  /** Sends a text from a location through the app (the SMS screen). */
  sendText(accountId: string, locationId: number): Promise<void>;
}

/** The practices, by the stage each ends in; the stuck ones say why. */
export const seeded = {
  created: 'stage-created',
  locations: 'stage-locations',
  users: 'stage-users',
  details: 'stage-details',
  requested: 'stage-requested',
  stuckPending: 'stuck-pending',
  approved: 'stage-approved',
  texted: 'stage-texted',
} as const;

const names: Record<string, string> = {
  'stage-created': 'Aspen Urgent Care',
  'stage-locations': 'Birch Family Medicine',
  'stage-users': 'Cedar Pediatrics',
  'stage-details': 'Dogwood Dental',
  'stage-requested': 'Elm Street Clinic',
  'stuck-pending': 'Fir Valley Health',
  'stage-approved': 'Grove Chiropractic',
  'stage-texted': 'Hawthorn Eye Care',
};

const location = { id: 'main', code: 'main', name: 'Main Street', active: true, showInPortal: true };

const user = (accountId: string) => ({
  userId: `${accountId}-admin`,
  firstName: 'Dana',
  lastName: 'Ortiz',
  loginId: `${accountId}-dana`,
  loginPassword: 'Str0ngpass',
});

/** The parts of GET /_sandbox/state this reads, checked (a test reads the sandbox as a boundary too). */
const recordsSchema = z.object({
  accounts: z.array(accountSchema),
  locations: z.array(locationSchema),
  users: z.array(userSchema),
  numbers: z.array(z.object({ accountId: z.string(), status: z.string() })),
  partner: partnerSchema,
  sms: z.object({ recent: z.array(z.object({ accountId: z.string() })) }),
});

const records = async (origin: string) => recordsSchema.parse(await sandboxState(origin));

const defaultLocationId = async (origin: string, accountId: string): Promise<number> => {
  const found = (await records(origin)).locations.find((l) => l.accountId === accountId && l.code === 'def');
  if (!found) throw new Error(`${accountId} has no Default Location in the sandbox`);
  return found.id;
};

const requestNumber = async (origin: string, accountId: string) =>
  callUpdoxOk(
    origin,
    'SmsSendNumberRequest',
    { locationId: await defaultLocationId(origin, accountId) },
    accountId,
  );

/**
 * Seeds the sandbox: three practices with incomplete SMS business details (created; with a location; with a
 * location and a user), seen by the app and then left for 11 days (stuck: incomplete beyond a week); one complete
 * without a number; two approved 11 days ago (one of them texted through the app); one whose verification has
 * waited 8 days (stuck beyond 3 business days); one whose number was requested just now.
 */
export const seedPipeline = async (origin: string, app: SeedApp): Promise<void> => {
  await setVendor(origin, partnerDetails);
  await app.savePartner(partnerDetails);
  const incomplete = (accountId: string) =>
    createPractice(origin, { accountId, name: names[accountId]!, active: true });
  const complete = async (accountId: string) => {
    await createPractice(origin, completePractice(accountId, { name: names[accountId]! }));
    await syncLocations(origin, accountId, [location]);
    await callUpdoxOk(origin, 'UserSave', user(accountId), accountId);
  };
  await incomplete(seeded.created);
  await incomplete(seeded.locations);
  await syncLocations(origin, seeded.locations, [location]);
  await incomplete(seeded.users);
  await syncLocations(origin, seeded.users, [location]);
  await callUpdoxOk(origin, 'UserSave', user(seeded.users), seeded.users);
  for (const accountId of [
    seeded.details,
    seeded.requested,
    seeded.stuckPending,
    seeded.approved,
    seeded.texted,
  ])
    await complete(accountId);
  await app.listAccounts();

  // Approved: a number assigned after an hour, verified after two days.
  await setVerification(origin, { numberAssignDelayMs: HOUR, delayMs: 2 * DAY, outcome: 'APPROVED' });
  await requestNumber(origin, seeded.approved);
  await requestNumber(origin, seeded.texted);
  await advanceClock(origin, 3 * DAY);
  // From now on verification takes two months: what is requested now waits.
  await setVerification(origin, { delayMs: 60 * DAY });
  await requestNumber(origin, seeded.stuckPending);
  await advanceClock(origin, 8 * DAY);
  await requestNumber(origin, seeded.requested);
  await app.sendText(seeded.texted, await defaultLocationId(origin, seeded.texted));
};

const stageOrder = ['created', 'locations', 'users', 'details', 'requested', 'approved', 'texted'] as const;

/**
 * Each practice's stage from the sandbox's records alone (not the app's): the furthest of own locations, users,
 * the sandbox's own business-details rule, a number requested, approved, a text sent.
 */
export const stagesFromSandbox = async (
  origin: string,
): Promise<Map<string, (typeof stageOrder)[number]>> => {
  const state = await records(origin);
  const stages = new Map<string, (typeof stageOrder)[number]>();
  for (const account of state.accounts) {
    const numbers = state.numbers.filter((n) => n.accountId === account.accountId);
    const reached = {
      created: true,
      locations: state.locations.some(
        (l) => l.accountId === account.accountId && l.active && l.code !== 'def',
      ),
      users: state.users.some((u) => u.accountId === account.accountId),
      details: businessDetailsSufficient(account, state.partner),
      requested: numbers.length > 0,
      approved: numbers.some((n) => n.status === 'APPROVED'),
      texted: state.sms.recent.some((s) => s.accountId === account.accountId),
    };
    stages.set(account.accountId, stageOrder.findLast((s) => reached[s]) ?? 'created');
  }
  return stages;
};

/** The funnel's counts per stage, from the sandbox's records. */
export const countsFromSandbox = async (origin: string) => {
  const stages = [...(await stagesFromSandbox(origin)).values()];
  return Object.fromEntries(stageOrder.map((s) => [s, stages.filter((x) => x === s).length]));
};
