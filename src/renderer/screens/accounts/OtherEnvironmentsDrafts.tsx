import type { ElsewhereCount } from '../../../shared/contract/onboarding';
import { OtherEnvironmentsNote, type ElsewhereItem } from '../../components/OtherEnvironmentsNote';
import { countOf } from '../../../shared/words';

/** "2 drafts and 1 queued submission" of another environment. */
export const elsewhereItems = (counts: readonly ElsewhereCount[]): ElsewhereItem[] =>
  counts
    .filter((c) => c.drafts + c.queued > 0)
    .map((c) => ({
      environmentId: c.environmentId,
      environmentName: c.environmentName,
      words: [
        c.drafts > 0 ? countOf(c.drafts, 'draft') : '',
        c.queued > 0 ? countOf(c.queued, 'queued submission') : '',
      ]
        .filter((p) => p !== '')
        .join(' and '),
    }));

/** Accounts: the drafts and queued submissions of other environments. */
export function OtherEnvironmentsDrafts({ counts }: { counts: readonly ElsewhereCount[] }) {
  return (
    <OtherEnvironmentsNote
      items={elsewhereItems(counts)}
      hint="Drafts and submissions stay in the environment they were made in, and are sent only there. Switch to see or continue them."
    />
  );
}
