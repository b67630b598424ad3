import type { HandlerTable } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';
import { appHandlers } from './app-handlers';

/** The one handler table both hosts bind. Its type demands a handler for every contract entry. */
export const createHandlerTable = (s: AppServices): HandlerTable => ({
  app: appHandlers(s),
});
