import { SETTINGS_VERSION, defaultSettings } from './settings-schema';

/**
 * The migration plan: each step takes the file at version N and returns it at N + 1. A file without
 * schemaVersion is an empty or pre-release file and starts from the defaults. A file from a newer app version
 * is left untouched (the caller refuses to overwrite it).
 */
type Step = (old: Record<string, unknown>) => Record<string, unknown>;

const steps: Record<number, Step> = {
  // 1: { ...return the version 2 shape... } when version 2 exists.
};

export const migrateSettings = (raw: Record<string, unknown>): Record<string, unknown> | 'newer' => {
  const version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  if (version > SETTINGS_VERSION) return 'newer';
  if (version === 0) return { ...defaultSettings() };
  let current = raw;
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No settings migration from version ${v}`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return current;
};
