import { z } from 'zod';
import { call } from './define';

export const environmentKinds = ['sandbox', 'qa', 'production', 'custom'] as const;
export const environmentKindSchema = z.enum(environmentKinds);

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web']),
  dataDir: z.string(),
  platform: z.string(),
  secretStorage: z.object({
    backend: z.enum(['os', 'os-plaintext-fallback', 'key-file']),
    warning: z.string().optional(),
  }),
});

export const connectionStates = ['online', 'offline', 'unreachable'] as const;

export const appHealthSchema = z.object({
  environment: z.object({ id: z.string(), name: z.string(), kind: environmentKindSchema }),
  connection: z.enum(connectionStates),
  checkedAt: z.string(),
  outboxCount: z.number().int().nonnegative(),
});

export const appContract = {
  info: call(z.void(), appInfoSchema, 'What this app is: version, host, data folder, secret storage.'),
  health: call(
    z.void(),
    appHealthSchema,
    'Environment, connection state and the number of queued submissions.',
  ),
};

export type AppInfo = z.infer<typeof appInfoSchema>;
export type AppHealth = z.infer<typeof appHealthSchema>;
