import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { wizardDraftDataSchema } from '../../src/shared/contract/onboarding';
import { draftFileSchema, draftFormatVersion } from '../../src/main/services/drafts/draft-schema';
import { validDraft } from '../../test/unit/onboarding/wizard-fixtures';

/**
 * `count` wizard drafts in <dataDir>/drafts, in the draft store's file format (checked with its schema), written
 * directly (no fsync): the state a partner's consultant reaches after months of drafts, made in seconds.
 */
export const seedWizardDrafts = async (dataDir: string, count: number): Promise<void> => {
  const dir = join(dataDir, 'drafts');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const schema = draftFileSchema(wizardDraftDataSchema);
  const limit = pLimit(32);
  const base = Date.parse('2026-06-01T00:00:00Z');
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      limit(async () => {
        const id = randomUUID();
        const at = new Date(base + i * 60_000).toISOString();
        const file = schema.parse({
          version: draftFormatVersion,
          draft: {
            id,
            kind: 'create',
            title: `Draft practice ${i}`,
            revision: 1,
            createdAt: at,
            updatedAt: at,
            data: validDraft(`draft-${i}`, `Draft practice ${i}`),
          },
        });
        await writeFile(join(dir, `${id}.json`), JSON.stringify(file), { mode: 0o600 });
      }),
    ),
  );
};
