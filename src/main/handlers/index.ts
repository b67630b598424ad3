import type { HandlerTable } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';
import { accountsHandlers } from './accounts-handlers';
import { activityHandlers } from './activity-handlers';
import { appHandlers } from './app-handlers';
import { batchHandlers } from './batch-handlers';
import { businessHandlers } from './business-handlers';
import { credentialsHandlers } from './credentials-handlers';
import { environmentsHandlers } from './environments-handlers';
import { onboardingHandlers } from './onboarding-handlers';
import { pipelineHandlers } from './pipeline-handlers';
import { smsHandlers } from './sms-handlers';

/** The one handler table both hosts bind. Its type demands a handler for every contract entry. */
export const createHandlerTable = (s: AppServices): HandlerTable => ({
  app: appHandlers(s),
  environments: environmentsHandlers(s),
  credentials: credentialsHandlers(s),
  activity: activityHandlers(s),
  accounts: accountsHandlers(s),
  onboarding: onboardingHandlers(s),
  business: businessHandlers(s),
  sms: smsHandlers(s),
  pipeline: pipelineHandlers(s),
  batch: batchHandlers(s),
});
