import { appContract } from './app';

/**
 * Every call the renderer may make, by domain. Adding a call: one entry in the domain's file, one handler in
 * src/main/handlers/<domain>.ts (the compiler insists), and the screen that uses it.
 */
export const contract = {
  app: appContract,
};

export type Contract = typeof contract;
