import { z } from 'zod';
import { environmentKindSchema } from '../../../shared/contract/app';

/**
 * The settings file (settings.json in the data folder), the same format under electron-store and conf.
 * Secrets never live here: credentials are in the vault. Bump SETTINGS_VERSION and add a step to
 * settings-migrations.ts when the shape changes.
 */
export const SETTINGS_VERSION = 1;

export const environmentSchema = z.object({
  id: z.string().min(1),
  kind: environmentKindSchema,
  name: z.string().min(1),
  /** The IO API base, e.g. https://updoxqa.com/api/io/. Absent for the embedded sandbox (its port changes). */
  apiBase: z.string().url().optional(),
});

export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  activeEnvironmentId: z.string().min(1),
  environments: z.array(environmentSchema).min(1),
  /** Non-secret facts about stored credentials, by environment id. */
  credentials: z.record(
    z.string(),
    z.object({
      savedAt: z.string(),
      verifiedAt: z.string().optional(),
      plaintextAccepted: z.boolean().optional(),
    }),
  ),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Environment = z.infer<typeof environmentSchema>;

export const defaultSettings = (): Settings => ({
  schemaVersion: SETTINGS_VERSION,
  activeEnvironmentId: 'sandbox',
  environments: [
    { id: 'sandbox', kind: 'sandbox', name: 'Sandbox' },
    { id: 'qa', kind: 'qa', name: 'Updox QA', apiBase: 'https://updoxqa.com/api/io/' },
    { id: 'production', kind: 'production', name: 'Production', apiBase: 'https://myupdox.com/api/io/' },
  ],
  credentials: {},
});
