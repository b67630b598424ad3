import { accountsContract } from './accounts';
import { activityContract } from './activity';
import { appContract } from './app';
import { batchContract } from './batch';
import { businessContract } from './business';
import { credentialsContract, environmentsContract } from './environments';
import { onboardingContract } from './onboarding';
import { pipelineContract } from './pipeline';
import { smsContract } from './sms';

/**
 * Every call the renderer may make, by domain. Adding a call: one entry in the domain's file, one handler in
 * src/main/handlers/<domain>-handlers.ts (the compiler insists), and the screen that uses it.
 */
export const contract = {
  app: appContract,
  environments: environmentsContract,
  credentials: credentialsContract,
  activity: activityContract,
  accounts: accountsContract,
  onboarding: onboardingContract,
  business: businessContract,
  sms: smsContract,
  pipeline: pipelineContract,
  batch: batchContract,
};

export type Contract = typeof contract;
