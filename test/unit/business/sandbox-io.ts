import { SANDBOX_APPLICATION_ID, SANDBOX_APPLICATION_PASSWORD } from '../../../src/sandbox';

/** Raw calls to a sandbox, the way a test drives it (not through the app's client). */
export interface IoAnswer {
  successful: boolean;
  responseCode: number;
  responseMessage: string;
  [key: string]: unknown;
}

export const io = async (
  origin: string,
  method: string,
  body: Record<string, unknown>,
  accountId = '',
): Promise<IoAnswer> => {
  const res = await fetch(`${origin}/api/io/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        applicationId: SANDBOX_APPLICATION_ID,
        applicationPassword: SANDBOX_APPLICATION_PASSWORD,
        accountId,
        userId: '',
      },
      ...body,
    }),
  });
  return (await res.json()) as IoAnswer;
};

export const control = async (origin: string, route: string, body?: unknown): Promise<unknown> => {
  const res = await fetch(`${origin}/_sandbox/${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`/_sandbox/${route} answered ${res.status}: ${await res.text()}`);
  return res.json();
};

/** SmsSend from the account's default location; the responseCode. */
export const smsSendCode = async (origin: string, accountId: string): Promise<number> =>
  (await io(origin, 'SmsSend', { to: '4065550120', message: 'Readiness check' }, accountId)).responseCode;
