import type { HandlerTable } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';
import { activityHandlers } from './activity-handlers';
import { appHandlers } from './app-handlers';
import { credentialsHandlers } from './credentials-handlers';
import { environmentsHandlers } from './environments-handlers';

/** The one handler table both hosts bind. Its type demands a handler for every contract entry. */
export const createHandlerTable = (s: AppServices): HandlerTable => ({
  app: appHandlers(s),
  environments: environmentsHandlers(s),
  credentials: credentialsHandlers(s),
  activity: activityHandlers(s),
});
