import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';
import type { PipelineCheck } from '../../../shared/contract/pipeline';
import type { AccountsServices } from '../accounts/accounts-services';
import type { CoreServices } from '../core-services';
import type { SmsServices } from '../sms/sms-services';
import { runCheckAll } from './check-all';
import { pipelineView, practiceView } from './pipeline-view';

/** Practices asked about at once by Check all. */
const CHECK_CONCURRENCY = 4;

/**
 * The pipeline feature: the active environment's view from the known facts (core.facts, which the accounts,
 * onboarding, business and SMS services keep up to date), and Check all. Every change of the facts is announced as
 * the `pipeline` event, except during that environment's Check all, which announces its progress instead (and
 * one change at its end).
 */
export const createPipelineServices = (
  core: CoreServices,
  features: { accounts: AccountsServices; sms: SmsServices },
) => {
  const checks = new Map<string, PipelineCheck>();
  const running = new Map<string, Promise<PipelineCheck>>();
  const announce = (environmentId: string, changed: boolean) =>
    core.events.emit('pipeline', { environmentId, check: checks.get(environmentId) ?? null, changed });
  const stopListening = core.facts.onChange((environmentId) => {
    if (!running.has(environmentId)) announce(environmentId, true);
  });
  const nowMs = (environmentId: string) => core.facts.now(environmentId);
  const nowIso = async (environmentId: string) => new Date(await nowMs(environmentId)).toISOString();

  return {
    async view(): Promise<CallOutputOf<'pipeline', 'view'>> {
      const environment = core.updox.activeEnvironment();
      const facts = core.facts.all(environment.id);
      return pipelineView(
        environment,
        facts,
        await nowMs(environment.id),
        checks.get(environment.id) ?? null,
      );
    },

    async practice({
      accountId,
    }: CallInputOf<'pipeline', 'practice'>): Promise<CallOutputOf<'pipeline', 'practice'>> {
      const { id } = core.updox.activeEnvironment();
      const facts = core.facts.get(id, accountId);
      return facts ? practiceView(facts, await nowMs(id)) : null;
    },

    /** Starts Check all in the active environment (or answers the run going on there); progress comes as events. */
    async checkAll(): Promise<CallOutputOf<'pipeline', 'checkAll'>> {
      const environmentId = core.updox.activeEnvironment().id;
      const current = checks.get(environmentId);
      if (running.has(environmentId) && current) return current;
      const { client } = await core.updox.session(environmentId);
      const startedAt = await nowIso(environmentId);
      const first: PipelineCheck = {
        environmentId,
        state: 'running',
        done: 0,
        total: 0,
        failed: 0,
        startedAt,
        finishedAt: null,
        error: null,
      };
      checks.set(environmentId, first);
      const run = runCheckAll(
        {
          environmentId,
          client,
          facts: core.facts,
          list: () => features.accounts.listIn(environmentId),
          numbers: (accountId) => features.sms.refreshNumbers(environmentId, client, accountId),
          sentFrom: features.sms.sentFrom(environmentId),
          concurrency: CHECK_CONCURRENCY,
          now: () => nowIso(environmentId),
          onProgress(check) {
            checks.set(environmentId, check);
            if (check.state === 'running') announce(environmentId, false);
          },
        },
        startedAt,
      ).finally(() => {
        running.delete(environmentId);
        announce(environmentId, true);
      });
      running.set(environmentId, run);
      announce(environmentId, false);
      return first;
    },

    /** The run going on in an environment, if any (tests and close wait for it). */
    whenChecked: (environmentId: string) =>
      running.get(environmentId) ?? Promise.resolve(checks.get(environmentId)),

    async close(): Promise<void> {
      stopListening();
      await Promise.allSettled(running.values());
      await core.facts.idle();
    },
  };
};

export type PipelineServices = ReturnType<typeof createPipelineServices>;
