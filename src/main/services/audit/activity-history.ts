import fs from 'node:fs/promises';
import Papa from 'papaparse';
import {
  type ActivityEntry,
  activityEntrySchema,
  type ActivityQuery,
} from '../../../shared/contract/activity';
import { describeMethod, describeResult, isRead, outcomeGroup } from '../../../shared/updox/activity-words';

/**
 * The whole audit trail, filtered: pages for the Activity screen and a CSV export. Reads every file of the trail
 * (oldest first), checks each line with the entry schema (a damaged line is skipped), keeps one environment's
 * entries that match, newest first. The last answer is kept until the next call is recorded, so paging through it
 * reads the files once.
 */
export interface ActivityHistory {
  page(
    environmentId: string,
    input: { query: ActivityQuery; offset: number; limit: number },
  ): Promise<{ environmentId: string; total: number; entries: ActivityEntry[] }>;
  exportCsv(
    environmentId: string,
    input: { query: ActivityQuery },
    environmentName: string,
  ): Promise<{ fileName: string; rows: number; csv: string }>;
}

interface TrailSource {
  /** The trail's files, oldest first (some may not exist). */
  files(): string[];
  /** Changes whenever an entry is recorded. */
  revision(): number;
}

const matches = (e: ActivityEntry, environmentId: string, q: ActivityQuery): boolean =>
  e.environmentId === environmentId &&
  (!q.changesOnly || !isRead(e.method)) &&
  (q.method === '' || e.method.toLowerCase() === q.method.toLowerCase()) &&
  (q.outcome === 'all' || outcomeGroup(e) === q.outcome) &&
  (q.account === '' || (e.accountId ?? '').toLowerCase().includes(q.account.toLowerCase())) &&
  (q.from === undefined || e.at >= q.from) &&
  (q.to === undefined || e.at < q.to);

const parseLine = (line: string): ActivityEntry | undefined => {
  if (line === '') return undefined;
  try {
    const parsed = activityEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

export const createActivityHistory = (source: TrailSource): ActivityHistory => {
  let cached: { key: string; revision: number; entries: ActivityEntry[] } | null = null;

  const matching = async (environmentId: string, query: ActivityQuery): Promise<ActivityEntry[]> => {
    const key = JSON.stringify([environmentId, query]);
    const revision = source.revision();
    if (cached?.key === key && cached.revision === revision) return cached.entries;
    const entries: ActivityEntry[] = [];
    for (const file of source.files()) {
      const text = await fs.readFile(file, 'utf8').catch(() => '');
      for (const line of text.split('\n')) {
        const entry = parseLine(line);
        if (entry && matches(entry, environmentId, query)) entries.push(entry);
      }
    }
    entries.reverse();
    cached = { key, revision, entries };
    return entries;
  };

  return {
    async page(environmentId, { query, offset, limit }) {
      const entries = await matching(environmentId, query);
      return { environmentId, total: entries.length, entries: entries.slice(offset, offset + limit) };
    },
    async exportCsv(environmentId, { query }, environmentName) {
      const entries = await matching(environmentId, query);
      const csv = Papa.unparse(
        {
          fields: [
            'Time (UTC)',
            'Environment',
            'What',
            'Updox method',
            'Account ID',
            'Result',
            'Response code',
            'HTTP status',
            'Duration (ms)',
            'Attempt',
          ],
          data: entries.map((e) => [
            e.at,
            environmentName,
            describeMethod(e.method),
            e.version ? `${e.method}/${e.version}` : e.method,
            e.accountId ?? '',
            describeResult(e),
            e.responseCode ?? '',
            e.httpStatus ?? '',
            e.durationMs,
            e.attempt,
          ]),
        },
        // A cell that starts with = + - @ is written with a leading quote, so a spreadsheet never runs it.
        { escapeFormulae: true, newline: '\r\n' },
      );
      const day = new Date().toISOString().slice(0, 10);
      const safeEnvironment = environmentId.replace(/[^a-z0-9-]+/gi, '-');
      return { fileName: `updox-activity-${safeEnvironment}-${day}.csv`, rows: entries.length, csv };
    },
  };
};
