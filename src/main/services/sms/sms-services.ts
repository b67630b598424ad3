import type { SmsHistoryEntry, SmsNumbers, SmsPollStatus } from '../../../shared/contract/sms';
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
import { numberFactsOf, withPipelineFacts } from './number-facts';
import { openSendHistory } from './send-history';
import { requestNumberFailure } from './sms-errors';
import { sendSms, type SendRequest } from './sms-sender';
import { openTemplateStore } from './template-store';
import { openPracticeListCache } from '../accounts/practice-list-cache';
import { isUnreachable } from '../../updox/error-rules';
import type { SmsAccounts } from '../../../shared/contract/sms';
import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';

type PollClient = Awaited<ReturnType<CoreServices['updox']['session']>>['client'];

/** The SMS feature's services, built once per app by createAppServices. */
export const createSmsServices = async (core: CoreServices, business: BusinessServices) => {
  const practiceCache = openPracticeListCache(core.platform.dataDir);
  const { dataDir } = core.platform;
  const timelines = withPipelineFacts(openNumberTimelineStore(dataDir), core.facts);
  const history = openSendHistory(dataDir);
  const templates = openTemplateStore(dataDir);
  const notices = createNumberNotices(core.platform.notifier, core.events);

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
    notices.announce(transitions, view);
    return view;
  };

  /** One account's waiting numbers, asked of its own environment's Updox. */
  const pollAccount = async (environmentId: string, client: PollClient, accountId: string) => {
    const listed = await client.smsSendNumberList(accountId);
    const seen = listed.map((n) => ({
      locationId: n.locationId,
      locationName:
        timelines.locationName(environmentId, accountId, n.locationId) ?? `Location ${n.locationId}`,
      number: n.number,
      status: n.status,
      statusDate: n.statusDate,
    }));
    notices.announce(await timelines.observe(environmentId, accountId, seen));
    return seen;
  };

  /**
   * One poll round: SmsSendNumberList for every account with a waiting number, in every environment that has
   * one, each asked of its own environment (Updox has no push: main polls while something waits, the screens
   * hear of changes through the numbers event).
   */
  const pollRound = async (): Promise<'ok' | 'unreachable' | 'idle'> => {
    const waiting = core.settings
      .get()
      .environments.map((e) => ({ environmentId: e.id, accounts: timelines.waitingAccounts(e.id) }))
      .filter((e) => e.accounts.length > 0);
    if (waiting.length === 0) return 'idle';
    let outcome: 'ok' | 'unreachable' = 'ok';
    for (const { environmentId, accounts } of waiting) {
      const isActive = environmentId === core.updox.activeEnvironment().id;
      try {
        const { client } = await core.updox.session(environmentId);
        for (const accountId of accounts) {
          try {
            await pollAccount(environmentId, client, accountId);
          } catch (error) {
            if (isUnreachable(error)) throw error;
            logger.warn('sms.poll-account-failed', {
              accountId,
              kind: error instanceof UpdoxError ? error.kind : 'other',
            });
          }
        }
      } catch (error) {
        // This environment's Updox cannot be reached (or has no credentials now): the others are still asked.
        if (isUnreachable(error)) {
          if (isActive) core.connection.report('unreachable');
          outcome = 'unreachable';
        } else logger.warn('sms.poll-environment-failed', { environmentId });
      }
    }
    return outcome;
  };

  const pollStatus = (): SmsPollStatus => ({
    changeSeq: notices.changeSeq,
    ...poller.state(),
    pendingAccounts: timelines.waitingAccounts(core.updox.activeEnvironment().id),
  });
  const poller = createNumberPoller({
    intervalMs: pollIntervalFromEnv(process.env.DESK_SMS_POLL_MS),
    round: pollRound,
    onRound: () => core.events.emit('smsPoll', pollStatus()),
  });
  poller.start();

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

  /** The pipeline's "first text sent" (a failed write of the facts is logged; the text was sent). */
  const noteSent = (environmentId: string, accountId: string) =>
    core.facts
      .note(environmentId, new Map([[accountId, { textSent: true }]]))
      .catch(() => logger.warn('pipeline.facts-write-failed', { environmentId }));

  return {
    numbers: ({ accountId }: CallInputOf<'sms', 'numbers'>) => numbers(accountId),
    /**
     * One account's numbers asked now (SmsSendNumberList in its own environment), followed as the background
     * check follows them; null when SMS is not enabled for the credentials (4015).
     */
    async refreshNumbers(environmentId: string, client: PollClient, accountId: string) {
      try {
        return numberFactsOf(await pollAccount(environmentId, client, accountId));
      } catch (error) {
        if (error instanceof UpdoxError && error.code === 4015) return null;
        throw error;
      }
    },
    /** The accounts this app has sent a text from in an environment. */
    sentFrom: (environmentId: string) => history.sentFrom(environmentId),
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
        if (result.outcome === 'sent') await noteSent(environment.id, request.accountId);
        // A 4035 means a number now awaits verification: record it so the poller follows it.
        if (result.outcome !== 'verification-requested') return result;
        const view = await numbers(request.accountId).catch(() => undefined);
        return view ? { ...result, numbers: view } : result;
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
    }: CallInputOf<'sms', 'requestNumber'>): Promise<CallOutputOf<'sms', 'requestNumber'>> {
      core.updox.assertActive(environmentId, 'number request');
      core.updox.guardWrite(environmentId, confirmProduction, 'number request');
      const { client, environment } = await context(environmentId);
      try {
        await client.smsSendNumberRequest(accountId, locationId);
      } catch (error) {
        throw requestNumberFailure(error);
      }
      const view = await numbers(accountId);
      // The screen's whole numbers view comes back with the row: it shows it without asking again.
      const row = view.locations.find((l) => l.locationId === locationId);
      if (row) return { ...row, numbers: view };
      const nowMs = await environmentNow(environment, core.sandbox);
      const name = `Location ${locationId}`;
      const missing = locationNumberView({ updoxId: locationId, name, code: '' }, undefined, nowMs, []);
      return { ...missing, numbers: view };
    },

    /** Checks now; with an account, answers its numbers too (the screen shows them without asking again). */
    async checkNow({ accountId }: CallInputOf<'sms', 'checkNow'>): Promise<CallOutputOf<'sms', 'checkNow'>> {
      await poller.checkNow();
      const view = accountId ? await numbers(accountId).catch(() => undefined) : undefined;
      return view ? { ...pollStatus(), numbers: view } : pollStatus();
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
      entries: history.recent(core.updox.activeEnvironment().id, limit, accountId),
    }),

    async close(): Promise<void> {
      await poller.stop();
    },
  };
};

export type SmsServices = Awaited<ReturnType<typeof createSmsServices>>;
