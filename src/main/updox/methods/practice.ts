import type { Caller } from '../caller';
import type { PracticeDetails, PracticeRecord, PracticeVersion, PracticeWriteResult } from '../types';
import { UpdoxError } from '../updox-error';
import type { FieldNaming } from '../validation-message';
import {
  practiceGetResponse,
  practiceListResponse,
  practiceRecordSchema,
  practiceRequestBody,
  practiceWireToApp,
  practiceWriteResponse,
} from '../wire/practice';
import { createPracticeReconciling } from './practice-create';

export interface PracticeWriteOptions {
  /** '1.1' (the default) sends the website and country fields; '1.0' uses the un-versioned method. */
  version?: PracticeVersion;
}

type WriteMethod = 'PracticeCreate' | 'PracticeUpdate' | 'PracticeSave';

const naming: FieldNaming = {
  wireToApp: practiceWireToApp,
  subject: 'practice',
};

/** A write replaces the record on Updox: refuse a record with a field missing rather than clear it there. */
function assertWhole(method: WriteMethod, record: PracticeRecord): void {
  const check = practiceRecordSchema.safeParse(record);
  if (check.success) return;
  const missing = check.error.issues.map((i) => i.path.join('.')).join(', ');
  throw new UpdoxError({
    kind: 'internal',
    method,
    message: `${method} needs the whole practice record, and these fields are missing or not valid: ${missing}. Nothing was sent.`,
  });
}

export function practiceMethods(call: Caller) {
  const write = async (
    method: WriteMethod,
    record: PracticeRecord,
    options: PracticeWriteOptions | undefined,
  ) => {
    assertWhole(method, record);
    const version = options?.version ?? '1.1';
    const defaultAction: PracticeWriteResult['action'] =
      method === 'PracticeCreate' ? 'create' : method === 'PracticeUpdate' ? 'update' : 'unknown';
    return await call({
      method,
      ...(version === '1.1' ? { version: '1.1' as const } : {}),
      auth: 'application',
      accountId: record.accountId,
      body: practiceRequestBody(record, version),
      response: practiceWriteResponse(record.accountId, defaultAction),
      // Update and Save always send the whole record, so repeating them lands the same state.
      retry: method !== 'PracticeCreate',
      naming,
      context: {
        accountId: record.accountId,
        websiteAddress: record.websiteAddress,
        directDomain: record.directDomain,
        directAddress: record.directAddress,
      },
    });
  };

  const practiceGet = (accountId: string): Promise<PracticeDetails> =>
    call({
      method: 'PracticeGet',
      auth: 'application',
      accountId,
      body: { accountId },
      response: practiceGetResponse,
      retry: true,
      context: { accountId },
    });

  return {
    practiceGet,
    practiceList: (): Promise<PracticeDetails[]> =>
      call({ method: 'PracticeList', auth: 'application', response: practiceListResponse, retry: true }),
    practiceCreate: async (
      record: PracticeRecord,
      options?: PracticeWriteOptions,
    ): Promise<PracticeWriteResult> => {
      assertWhole('PracticeCreate', record);
      return createPracticeReconciling(
        { create: () => write('PracticeCreate', record, options), get: practiceGet },
        record,
      );
    },
    /** Replaces the whole record on Updox (every field is sent; see PracticeRecord). */
    practiceUpdate: (record: PracticeRecord, options?: PracticeWriteOptions): Promise<PracticeWriteResult> =>
      write('PracticeUpdate', record, options),
    practiceSave: (record: PracticeRecord, options?: PracticeWriteOptions): Promise<PracticeWriteResult> =>
      write('PracticeSave', record, options),
  };
}
