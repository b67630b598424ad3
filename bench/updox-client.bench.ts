import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodePlatform } from '../src/main/platform/node-platform';
import { createAppServices } from '../src/main/services/app-services';
import { createUpdoxClient } from '../src/main/updox/client';
import type { Bench } from './bench-types';
import { percentile } from './stats';

const calls = 400;
const warmup = 50;

/**
 * The typed Updox client as the app builds it (UpdoxGateway.session(): zod checks of the answer, the trace into the
 * audit log) against a raw fetch of the same request (JSON.parse of the answer, nothing else), one after the other
 * on the same sandbox, PracticeGet, in this run.
 */
const bench: Bench = {
  description: `Updox client vs a raw fetch: ${calls} PracticeGet calls each, interleaved`,
  async run() {
    const dataDir = await mkdtemp(join(tmpdir(), 'onboarding-desk-bench-client-'));
    const services = await createAppServices(createNodePlatform(dataDir));
    try {
      const sandbox = await services.sandbox.get();
      const { client } = await services.updox.session();
      await client.practiceCreate({
        accountId: 'bench-client',
        name: 'Bench Client Practice',
        address1: '100 Main St',
        address2: '',
        city: 'Dublin',
        state: 'OH',
        postal: '43017',
        phone: '',
        fax: '',
        timeZone: 'America/New_York',
        websiteAddress: '',
        directDomain: '',
        directAddress: '',
        metadata: '',
        websiteUrl: 'https://example.com',
        alternativeWebsiteUrl: '',
        countryCode: 'US',
        active: true,
      });
      const url = `${sandbox.apiBase}PracticeGet`;
      const body = {
        auth: { ...sandbox.credentials, accountId: '', userId: '' },
        accountId: 'bench-client',
      };
      const raw = async () => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
        });
        return JSON.parse(await res.text()) as unknown;
      };
      const viaClient = () => client.practiceGet('bench-client');
      const bare = createUpdoxClient({
        apiBase: sandbox.apiBase,
        credentials: sandbox.credentials,
        environmentId: 'sandbox',
      });
      const viaBareClient = () => bare.practiceGet('bench-client');
      const contenders = [raw, viaClient, viaBareClient] as const;
      const times: number[][] = contenders.map(() => []);
      for (let i = 0; i < warmup + calls; i += 1) {
        // Rotate which goes first, so none always meets a warmer connection or a GC.
        for (let k = 0; k < contenders.length; k += 1) {
          const which = (i + k) % contenders.length;
          const started = performance.now();
          await contenders[which]!();
          if (i >= warmup) times[which]!.push(performance.now() - started);
        }
      }
      const [rawTimes, clientTimes, bareTimes] = times as [number[], number[], number[]];
      const ratio = (p: number) => percentile(clientTimes, p) / percentile(rawTimes, p);
      const ms = (p: number, list: number[]) => `${percentile(list, p).toFixed(2)} ms`;
      return [
        {
          measure: 'Updox client per call vs raw fetch, median',
          value: ratio(50),
          unit: 'ratio',
          target: 1.1,
          op: '<=',
          reference: `client ${ms(50, clientTimes)}, raw fetch ${ms(50, rawTimes)}`,
        },
        {
          measure: 'Updox client per call vs raw fetch, p95',
          value: ratio(95),
          unit: 'ratio',
          target: 1.1,
          op: '<=',
          reference: `client ${ms(95, clientTimes)}, raw fetch ${ms(95, rawTimes)}`,
        },
        {
          measure: 'the client without the audit trail (onTrace), median',
          value: percentile(bareTimes, 50) / percentile(rawTimes, 50),
          unit: 'ratio',
          reference: `client ${ms(50, bareTimes)}, raw fetch ${ms(50, rawTimes)}`,
        },
      ];
    } finally {
      await services.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
export default bench;
