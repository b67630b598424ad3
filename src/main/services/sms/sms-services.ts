import type {
  SmsHistoryEntry,
  SmsLocationNumber,
  SmsNumbers,
  SmsPollStatus,
} from '../../../shared/contract/sms';
import type { CoreServices } from '../core-services';
import type { BusinessServices } from '../business/business-services';
import { AppError } from '../../../shared/errors';
import { logger } from '../log/logger';
import { UpdoxError } from '../../updox/updox-error';
import { loadAccountNumbers, locationNumberView } from './account-numbers';
import { environmentNow } from './environment-clock';
import { createNumberNotices } from './number-notices';
import { createNumberPoller, pollIntervalFromEnv } from './number-poller';
import { openNumberTimelineStore } from './number-timeline-store';
import { openSendHistory } from './send-history';
import { requestNumberFailure } from './sms-errors';
import { sendSms, type SendRequest } from './sms-sender';
import { openTemplateStore } from './template-store';
import { openPracticeListCache } from '../accounts/practice-list-cache';
import { isUnreachable } from '../../updox/error-rules';
import type { SmsAccounts } from '../../../shared/contract/sms';
import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';

/** The SMS feature's services, built once per app by createAppServices. */
export const createSmsServices = async (core: CoreServices, business: BusinessServices) => {
  const practiceCache = openPracticeListCache(core.platform.dataDir);
  const { dataDir } = core.platform;
  const timelines = openNumberTimelineStore(dataDir);
  const history = openSendHistory(dataDir);
  const templates = openTemplateStore(dataDir);
  const notices = createNumberNotices(core.platform.notifier);

  const context = async (environmentId = core.updox.activeEnvironment().id) => {
    const { client, environment } = await core.updox.session(environmentId);
    const partner = business.partners.get(environment.id)?.details ?? null;
    return { client, environment, partner };
  };

  const numbers = async (accountId: string): Promise<SmsNumbers> => {
    const { client, environment, partner } = await context();
    const nowMs = await environmentNow(environment, core.sandbox);
    const ctx = { client, environmentId: environment.id, partner, timelines, nowMs };
    const { view, transitions } = await loadAccountNumbers(ctx, accountId).catch((error: unknown) => {
      if (isUnreachable(error)) core.connection.report('unreachable');
      throw error;
    });
    notices.announce(transitions);
    return view;
  };

  /** One poll round: SmsSendNumberList for every account of the active environment with a waiting number. */
  const pollRound = async (): Promise<'ok' | 'unreachable' | 'idle'> => {
    const environment = core.updox.activeEnvironment();
    const accounts = timelines.waitingAccounts(environment.id);
    if (accounts.length === 0) return 'idle';
    const { client } = await core.updox.session(environment.id);
    for (const accountId of accounts) {
      try {
        const listed = await client.smsSendNumberList(accountId);
        const seen = listed.map((n) => ({
          locationId: n.locationId,
          locationName:
            timelines.locationName(environment.id, accountId, n.locationId) ?? `Location ${n.locationId}`,
          number: n.number,
          status: n.status,
          statusDate: n.statusDate,
        }));
        notices.announce(await timelines.observe(environment.id, accountId, seen));
      } catch (error) {
        if (isUnreachable(error)) {
          core.connection.report('unreachable');
          return 'unreachable';
        }
        logger.warn('sms.poll-account-failed', {
          accountId,
          kind: error instanceof UpdoxError ? error.kind : 'other',
        });
      }
    }
    return 'ok';
  };

  const poller = createNumberPoller({
    intervalMs: pollIntervalFromEnv(process.env.DESK_SMS_POLL_MS),
    round: pollRound,
  });
  poller.start();

  const pollStatus = (): SmsPollStatus => ({
    changeSeq: notices.changeSeq,
    ...poller.state(),
    pendingAccounts: timelines.waitingAccounts(core.updox.activeEnvironment().id),
  });

  const recordSend = (
    request: SendRequest,
    environmentId: string,
    locationName: string,
    outcome: string,
    code?: number,
  ) =>
    history.record({
      at: new Date().toISOString(),
      environmentId,
      accountId: request.accountId,
      locationId: request.locationId,
      locationName,
      toLast4: request.to.slice(-4),
      outcome,
      ...(code === undefined ? {} : { code }),
    } satisfies SmsHistoryEntry);

  return {
    numbers: ({ accountId }: CallInputOf<'sms', 'numbers'>) => numbers(accountId),
    /** PracticeList now, or when Updox cannot be reached the Accounts list's copy on disk (with its time). */
    async accounts(): Promise<SmsAccounts> {
      const environment = core.updox.activeEnvironment();
      const option = (p: { accountId: string; name: string; active: boolean }) => ({
        accountId: p.accountId,
        name: p.name,
        active: p.active,
      });
      try {
        const { client } = await context();
        const list = await client.practiceList();
        return { source: 'live', asOf: null, unreachable: null, accounts: list.map(option) };
      } catch (error) {
        if (!isUnreachable(error)) throw error;
        const cached = await practiceCache.read(environment.id);
        return {
          source: cached ? 'cache' : 'none',
          asOf: cached?.fetchedAt ?? null,
          unreachable: error.toData(),
          accounts: cached ? cached.practices.map(option) : [],
        };
      }
    },

    async send({ confirmProduction, environmentId, ...request }: CallInputOf<'sms', 'send'>) {
      core.updox.assertActive(environmentId, 'text message');
      core.updox.guardWrite(environmentId, confirmProduction, 'text message');
      const { client, environment, partner } = await context(environmentId);
      const locationName =
        timelines.locationName(environment.id, request.accountId, request.locationId) ??
        `Location ${request.locationId}`;
      try {
        const result = await sendSms(client, partner, request);
        await recordSend(request, environment.id, locationName, result.outcome, result.code);
        // A 4035 means a number now awaits verification: record it so the poller follows it.
        if (result.outcome === 'verification-requested')
          await numbers(request.accountId).catch(() => undefined);
        return result;
      } catch (error) {
        const kind = error instanceof AppError ? error.kind : 'internal';
        const code = error instanceof AppError ? error.code : undefined;
        await recordSend(request, environment.id, locationName, `failed:${kind}`, code);
        if (isUnreachable(error)) core.connection.report('unreachable');
        throw error;
      }
    },

    async requestNumber({
      accountId,
      locationId,
      environmentId,
      confirmProduction,
    }: CallInputOf<'sms', 'requestNumber'>): Promise<SmsLocationNumber> {
      core.updox.assertActive(environmentId, 'number request');
      core.updox.guardWrite(environmentId, confirmProduction, 'number request');
      const { client, environment } = await context(environmentId);
      try {
        await client.smsSendNumberRequest(accountId, locationId);
      } catch (error) {
        throw requestNumberFailure(error);
      }
      const view = await numbers(accountId);
      const row = view.locations.find((l) => l.locationId === locationId);
      if (row) return row;
      const nowMs = await environmentNow(environment, core.sandbox);
      const name = `Location ${locationId}`;
      return locationNumberView({ updoxId: locationId, name, code: '' }, undefined, nowMs, []);
    },

    async checkNow({ accountId }: CallInputOf<'sms', 'checkNow'>): Promise<SmsPollStatus> {
      await poller.checkNow();
      if (accountId) await numbers(accountId).catch(() => undefined);
      return pollStatus();
    },
    pollStatus: async () => pollStatus(),
    notifications: async (): Promise<CallOutputOf<'sms', 'notifications'>> => ({
      toasts: notices.drain(),
      changeSeq: notices.changeSeq,
    }),
    templates: async () => ({ templates: templates.list() }),
    saveTemplates: async (input: CallInputOf<'sms', 'saveTemplates'>) => ({
      templates: await templates.save(input.templates),
    }),
    history: async ({ accountId, limit }: CallInputOf<'sms', 'history'>) => ({
      entries: history.recent(limit, accountId),
    }),

    async close(): Promise<void> {
      await poller.stop();
    },
  };
};

export type SmsServices = Awaited<ReturnType<typeof createSmsServices>>;
