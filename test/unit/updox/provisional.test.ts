import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpdoxClient } from '../../../src/main/updox/client';
import { UpdoxError } from '../../../src/main/updox/updox-error';

/**
 * A tiny stand-in for "a real Updox that answers the provisional SMS methods in another form". Only this test uses a
 * local server; everything else runs against the embedded sandbox.
 */
const answers: Record<string, unknown> = {
  '/api/io/SmsSendNumberList': {
    successful: true,
    responseMessage: 'OK',
    responseCode: 2000,
    smsNumbers: [{ phoneNumber: '8005550100', verificationStatus: 'VERIFIED' }],
  },
  '/odd-status/SmsSendNumberList': {
    successful: true,
    responseMessage: 'OK',
    responseCode: 2000,
    numbers: [
      {
        locationId: 7,
        number: '8005550100',
        numberType: 'TOLL_FREE',
        status: 'VERIFIED',
        statusDate: '2024-05-01T00:00:00Z',
      },
    ],
  },
  '/api/io/SmsSendNumberRequest': {
    successful: true,
    responseMessage: 'OK',
    responseCode: 2000,
    requested: true,
  },
};

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          answers[req.url ?? ''] ?? { successful: false, responseCode: 4000, responseMessage: 'Bad' },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const clientAt = (apiBase: string) =>
  createUpdoxClient({
    apiBase,
    credentials: { applicationId: 'vendor', applicationPassword: 'secret' },
    environmentId: 'other-updox',
    retry: { retries: 0, minTimeoutMs: 1, maxTimeoutMs: 1 },
  });

async function failure(promise: Promise<unknown>): Promise<UpdoxError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(UpdoxError);
  return outcome as UpdoxError;
}

describe('provisional SMS shapes answered differently', () => {
  it('SmsSendNumberList in another form is a clear unexpected-response, not a crash', async () => {
    const error = await failure(clientAt(`${origin}/api/io/`).smsSendNumberList('acct-1'));
    expect(error.kind).toBe('unexpected-response');
    expect(error.message).toBe('This Updox environment answered SmsSendNumberList in an unexpected form.');
    expect(error.method).toBe('SmsSendNumberList');
  });

  it('an unknown status value is refused rather than shown as a wrong status', async () => {
    const error = await failure(clientAt(`${origin}/odd-status/`).smsSendNumberList('acct-1'));
    expect(error.kind).toBe('unexpected-response');
    expect(error.message).toBe('This Updox environment answered SmsSendNumberList in an unexpected form.');
  });

  it('SmsSendNumberRequest without a number entry is an unexpected-response whose outcome is unknown', async () => {
    const error = await failure(clientAt(`${origin}/api/io/`).smsSendNumberRequest('acct-1', 7));
    expect(error.kind).toBe('unexpected-response');
    // Updox received the request and may have acted: the person is told so, never asked to repeat it blind.
    expect(error.message).toBe(
      'Updox did not give a usable answer, so we cannot tell whether the number was requested. Refresh the SMS numbers before asking again.',
    );
  });

  it('a connection refused is a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(clientAt(`http://127.0.0.1:${port}/api/io/`).ping());
    expect(error.kind).toBe('network');
    expect(error.message).toContain('the connection was refused');
  });
});
