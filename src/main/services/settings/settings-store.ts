import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { KeyValueFile } from '../../platform/types';
import { logger } from '../log/logger';
import { reportStorageNotice } from '../storage/storage-notices';
import { defaultSettings, settingsSchema, type Settings } from './settings-schema';
import { migrateSettings } from './settings-migrations';

export interface SettingsStore {
  readonly path: string;
  get(): Settings;
  update(change: (current: Settings) => Settings): Settings;
  /** Called after every change (e.g. the active environment: the health event). */
  onChange(listener: (next: Settings, previous: Settings) => void): () => void;
}

/**
 * Settings read through zod on open. A file that does not pass is copied aside (settings.json.invalid-<time>)
 * and reported before defaults are used; it is never silently replaced. conf/electron-store write atomically.
 */
export const createSettingsStore = (file: KeyValueFile): SettingsStore => {
  const migrated = migrateSettings(file.store);
  if (migrated === 'newer') {
    throw new AppError({
      kind: 'storage',
      message: `The settings file at ${file.path} was written by a newer version of Onboarding Desk. Update the app.`,
    });
  }
  const parsed = settingsSchema.safeParse(migrated);
  let current: Settings;
  if (parsed.success) {
    current = parsed.data;
  } else {
    const asideAs = `${file.path}.invalid-${Date.now()}`;
    fs.copyFileSync(file.path, asideAs);
    logger.warn('settings.invalid-set-aside', { asideAs, issues: parsed.error.issues.length });
    reportStorageNotice({
      path: file.path,
      reason: 'the settings have the wrong shape',
      outcome: 'reset',
      setAsideAs: asideAs,
    });
    current = defaultSettings();
  }
  file.store = current;

  const listeners = new Set<(next: Settings, previous: Settings) => void>();
  return {
    path: file.path,
    get: () => structuredClone(current),
    update(change) {
      const next = settingsSchema.parse(change(structuredClone(current)));
      const previous = current;
      file.store = next;
      current = next;
      for (const listener of listeners) listener(structuredClone(next), structuredClone(previous));
      return structuredClone(current);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

/**
 * Why a settings file read from disk cannot be used (for setting it aside before conf / electron-store open it,
 * since they would merge it into the defaults without a word), or null. A file from a newer version is not
 * damaged: createSettingsStore refuses to touch it.
 */
export const settingsFileProblem = (raw: Record<string, unknown>): string | null => {
  if (Object.keys(raw).length === 0) return null;
  const migrated = migrateSettings(raw);
  if (migrated === 'newer') return null;
  if (typeof raw.schemaVersion !== 'number') return 'the content has the wrong shape: no schemaVersion';
  const parsed = settingsSchema.safeParse(migrated);
  return parsed.success ? null : 'the content has the wrong shape';
};
