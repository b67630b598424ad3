import type { Contract } from './index';

/**
 * Every call name of the contract, and nothing else: what the renderer's HTTP transport and the preload need to
 * build one method per call without importing the zod schemas (which would pull zod and libphonenumber-js into the
 * first screen and the preload). The compiler refuses a name the contract lacks and a contract call missing here;
 * test/unit/contract/call-names.test.ts checks the same at run time.
 */
export const callNamesByDomain = {
  app: ['info', 'health', 'confirm', 'openLogsFolder', 'storageNotices'],
  environments: ['list', 'select', 'addCustom', 'remove'],
  credentials: ['save', 'test', 'clear'],
  activity: ['recent', 'page', 'exportCsv'],
  accounts: ['list', 'get'],
  onboarding: [
    'listDrafts',
    'listOutbox',
    'assignDraft',
    'getDraft',
    'saveDraft',
    'deleteDraft',
    'openEdit',
    'copyToEnvironment',
    'convertToUpdate',
    'checkAccountId',
    'checkPortalAddress',
    'review',
    'submit',
    'getSubmission',
    'retryOutbox',
    'getOutboxItem',
    'discardOutbox',
  ],
  business: [
    'partner',
    'savePartner',
    'savePartnerDraft',
    'discardPartnerDraft',
    'readinessInput',
    'submitMissingInfo',
    'checkWebsite',
    'exportIncomplete',
  ],
  sms: [
    'accounts',
    'numbers',
    'requestNumber',
    'send',
    'checkNow',
    'pollStatus',
    'notifications',
    'templates',
    'saveTemplates',
    'history',
  ],
  pipeline: ['view', 'practice', 'checkAll'],
  batch: [
    'create',
    'list',
    'rows',
    'getRow',
    'saveRow',
    'exclude',
    'setMode',
    'preflight',
    'start',
    'pause',
    'cancel',
    'exportResults',
    'importReadiness',
    'discard',
  ],
} as const satisfies { readonly [D in keyof Contract]: readonly (keyof Contract[D] & string)[] };

type Listed = {
  [D in keyof typeof callNamesByDomain]: `${D}.${(typeof callNamesByDomain)[D][number]}`;
}[keyof typeof callNamesByDomain];

type ContractCallName = {
  [D in keyof Contract & string]: `${D}.${keyof Contract[D] & string}`;
}[keyof Contract & string];
type MustBeEmpty<T extends never> = T;
/** Compile-time proof that no contract call is missing above (the error names the missing call). */
export type CallNamesMissingFromList = MustBeEmpty<Exclude<ContractCallName, Listed>>;
