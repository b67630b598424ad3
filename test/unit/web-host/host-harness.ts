import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { startWebHost, type RunningWebHost } from '../../../src/main/web-host/server';
import { startTestApp } from '../services/test-services';

/** The real services and the real web host on loopback, with a tiny stand-in renderer (index.html + one asset). */
export const startHostHarness = async (timeouts?: { headersMs: number; requestMs: number }) => {
  const app = await startTestApp();
  const rendererDir = path.join(app.dataDir, '..', `${path.basename(app.dataDir)}-renderer`);
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'a.js'), 'void 0;');
  const dispatch = (await import('../../../src/main/ipc/dispatch')).createDispatcher(
    (await import('../../../src/shared/contract')).contract,
    (await import('../../../src/main/handlers')).createHandlerTable(app.services),
  );
  const host: RunningWebHost = await startWebHost({
    dispatch,
    events: app.services.events,
    rendererDir,
    ...(timeouts ? { timeouts } : {}),
  });
  const port = Number(new URL(host.origin).port);
  return {
    app,
    host,
    port,
    async close() {
      await host.close();
      await app.close();
      await fs.rm(rendererDir, { recursive: true, force: true });
    },
  };
};

export interface RawAnswer {
  status: number;
  body: string;
}

/** One request exactly as given (no URL normalisation), on its own connection. */
export const rawRequest = (
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, connection: 'close', ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });

/** Bytes straight onto a socket: for request lines node:http would refuse to send. Resolves with the status. */
export const rawSocket = (port: number, text: string): Promise<number> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (c: Buffer) => (answer += c.toString()));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('error', () => resolve(0));
  });

/** A proper call through the host: token, JSON, our own Host. */
export const rpc = (port: number, token: string, name: string, input?: unknown) =>
  rawRequest(port, {
    method: 'POST',
    path: `/rpc/${name}`,
    headers: { 'content-type': 'application/json', 'x-desk-token': token },
    body: JSON.stringify(input === undefined ? {} : { input }),
  });
