/**
 * A tiny structured logger. It writes JSON lines to stderr; callers pass only what is safe to log (method names,
 * account ids, codes, durations). The redactor below is a second line of defence, not the first.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, string | number | boolean | undefined | null>;

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const configured = (process.env.DESK_LOG_LEVEL ?? 'info') as Level;
const threshold = order[configured] ?? order.info;
const secretKeys = /password|secret|token|message|body|to$|phone/i;

const write = (level: Level, event: string, fields: Fields = {}) => {
  if (order[level] < threshold) return;
  const safe: Fields = {};
  for (const [k, v] of Object.entries(fields)) safe[k] = secretKeys.test(k) ? '[redacted]' : v;
  process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), level, event, ...safe })}\n`);
};

export const logger = {
  debug: (event: string, fields?: Fields) => write('debug', event, fields),
  info: (event: string, fields?: Fields) => write('info', event, fields),
  warn: (event: string, fields?: Fields) => write('warn', event, fields),
  error: (event: string, fields?: Fields) => write('error', event, fields),
};
