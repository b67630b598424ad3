import { z } from 'zod';
import { call } from './define';

const environmentKinds = ['sandbox', 'qa', 'production', 'custom'] as const;
export const environmentKindSchema = z.enum(environmentKinds);

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web']),
  dataDir: z.string(),
  /** Where the rotated log files are, and whether this host can open that folder (the desktop app only). */
  logsDir: z.string(),
  canOpenLogsFolder: z.boolean(),
  platform: z.string(),
  secretStorage: z.object({
    backend: z.enum(['os', 'os-plaintext-fallback', 'key-file']),
    warning: z.string().optional(),
  }),
});

const connectionStates = ['online', 'offline', 'unreachable'] as const;

export const appHealthSchema = z.object({
  environment: z.object({ id: z.string(), name: z.string(), kind: environmentKindSchema }),
  connection: z.enum(connectionStates),
  checkedAt: z.string(),
  outboxCount: z.number().int().nonnegative(),
});

/** A confirmation the desktop app shows as a native dialog; the web host answers 'in-app' (the page asks). */
export const confirmRequestSchema = z.strictObject({
  kind: z.enum(['production', 'destructive']),
  title: z.string().min(1).max(120),
  message: z.string().min(1).max(2_000),
  confirmLabel: z.string().min(1).max(40),
  /** The no button's words; "Cancel" when not given. */
  cancelLabel: z.string().min(1).max(40).optional(),
});
const confirmAnswerSchema = z.object({ answer: z.enum(['confirmed', 'cancelled', 'in-app']) });

/** A data file the app could not use as it was (damaged), and what it did: named so the person can find it. */
export const storageNoticeSchema = z.object({
  /** The file, relative to the data folder (e.g. `partner-details.json`, `outbox/3f2a….json`). */
  file: z.string(),
  reason: z.string(),
  outcome: z.enum(['restored-from-backup', 'reset', 'removed']),
  /** Where the damaged copy now is, relative to the data folder, when it was kept. */
  setAsideAs: z.string().optional(),
  at: z.string(),
});

export const appContract = {
  info: call(z.void(), appInfoSchema, 'What this app is: version, host, data folder, secret storage.'),
  health: call(
    z.void(),
    appHealthSchema,
    'Environment, connection state and the number of queued submissions.',
  ),
  confirm: call(
    confirmRequestSchema,
    confirmAnswerSchema,
    'Asks the person with a native dialog (desktop); the web host answers in-app so the page asks instead.',
  ),
  openLogsFolder: call(
    z.void(),
    z.object({ opened: z.boolean() }),
    'Opens the logs folder in the file manager (desktop only; the web host answers opened: false).',
  ),
  storageNotices: call(
    z.void(),
    z.object({ dataDir: z.string(), notices: z.array(storageNoticeSchema) }),
    'Data files found damaged since start-up: each named, with what was done (rolled back, reset, removed).',
  ),
};

export type AppInfo = z.infer<typeof appInfoSchema>;
export type AppHealth = z.infer<typeof appHealthSchema>;
export type ConfirmRequest = z.infer<typeof confirmRequestSchema>;
export type StorageNoticeView = z.infer<typeof storageNoticeSchema>;
