import fs from 'node:fs';
import path from 'node:path';
import electronLog from 'electron-log/node';

/**
 * The one logger of main, the services and the web host: structured JSON lines, to stderr and (once a host calls
 * `writeLogFiles`) to rotated files in the logs folder. Callers pass only what is safe to log (method names,
 * account ids, codes, durations); the redactor below is a second line of defence, not the first.
 *
 * electron-log (not pino): it runs the same in Electron's main process and in plain Node, writes files in-process
 * (pino's file transports run in worker threads, which do not load from a packaged asar), and rotates by size.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, string | number | boolean | undefined | null>;

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const configured = (process.env.DESK_LOG_LEVEL ?? 'info') as Level;
const threshold = order[configured] ?? order.info;
const secretKeys = /password|secret|token|message|body|to$|phone/i;

const LOG_FILE_NAME = 'onboarding-desk.log';
/** A file is rotated past this size; this many rotated files are kept (onboarding-desk.1.log is the newest). */
const LOG_MAX_BYTES = 5 * 1024 * 1024;
const LOG_KEEP_FILES = 5;

const log = electronLog.create({ logId: 'onboarding-desk' });
log.transports.console.level = false;
log.transports.file.level = false;
log.transports.file.format = '{text}';
log.transports.file.maxSize = LOG_MAX_BYTES;
const stderr = Object.assign(
  (message: { data: unknown[] }) => {
    process.stderr.write(`${String(message.data[0])}\n`);
  },
  { level: 'silly' as const, transforms: [] },
);
Object.assign(log.transports, { stderr });

/** Redacts, formats one JSON line; exported for the tests of redaction. */
export const formatLine = (level: Level, event: string, fields: Fields = {}, now = new Date()): string => {
  const safe: Fields = {};
  for (const [k, v] of Object.entries(fields)) safe[k] = secretKeys.test(k) ? '[redacted]' : v;
  return JSON.stringify({ t: now.toISOString(), level, event, ...safe });
};

const write = (level: Level, event: string, fields?: Fields) => {
  if (order[level] < threshold) return;
  log[level](formatLine(level, event, fields));
};

/** Shifts onboarding-desk.N.log up by one (dropping the oldest) and makes the full file the .1 copy. */
const rotateLogFile = (file: string, keep = LOG_KEEP_FILES): void => {
  const { dir, name, ext } = path.parse(file);
  const nth = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  fs.rmSync(nth(keep), { force: true });
  for (let n = keep - 1; n >= 1; n -= 1) if (fs.existsSync(nth(n))) fs.renameSync(nth(n), nth(n + 1));
  fs.renameSync(file, nth(1));
};

/** From now on, log lines also go to `<logsDir>/onboarding-desk.log`, rotated by size. Returns the file's path. */
export const writeLogFiles = (logsDir: string, options: { maxBytes?: number } = {}): string => {
  fs.mkdirSync(logsDir, { recursive: true });
  const file = path.join(logsDir, LOG_FILE_NAME);
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  log.transports.file.archiveLogFn = (current) => rotateLogFile(current.toString());
  log.transports.file.level = 'silly';
  return file;
};

/** Stops writing files (tests, and a host that is closing). */
export const stopLogFiles = (): void => {
  log.transports.file.level = false;
};

export const logger = {
  debug: (event: string, fields?: Fields) => write('debug', event, fields),
  info: (event: string, fields?: Fields) => write('info', event, fields),
  warn: (event: string, fields?: Fields) => write('warn', event, fields),
  error: (event: string, fields?: Fields) => write('error', event, fields),
};
