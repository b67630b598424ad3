import { useEnvironments } from '../../stores/environments-store';
import type { SubmissionView } from '../../../shared/contract/onboarding';

type DraftState = 'draft' | SubmissionView['state'];

const stateWords = { draft: 'Draft', queued: 'Queued', synced: 'Synced', failed: 'Failed' } as const;
const editingWords = { ...stateWords, draft: 'Editing' } as const;
const stateBadge = {
  draft: 'badge--neutral',
  queued: 'badge--amber',
  synced: 'badge--ok',
  failed: 'badge--red',
} as const;

/** The wizard's header status: when the draft was last saved, and its state (Draft/Editing, Queued, ...). */
export function WizardStatus({
  environmentId,
  kind,
  state,
  savedAt,
  draftSavedNote,
}: {
  /** The draft's own environment, shown on it. */
  environmentId: string;
  kind: 'create' | 'update';
  state: DraftState;
  savedAt: string | null;
  /** "Draft saved" (after Save draft) rather than "Saved" (autosave). */
  draftSavedNote: boolean;
}) {
  const environmentName = useEnvironments(
    (s) => s.list?.environments.find((e) => e.id === environmentId)?.name ?? environmentId,
  );
  return (
    <span className="wizard__status">
      <span className="badge badge--neutral" data-testid="draft-environment">
        In {environmentName}
      </span>
      <span className="wizard__saved" data-testid="autosave" role="status">
        {savedAt
          ? `${draftSavedNote ? 'Draft saved' : 'Saved'} ${new Date(savedAt).toLocaleTimeString()}`
          : ''}
      </span>
      <span className={`badge ${stateBadge[state]}`} data-testid="draft-state">
        {(kind === 'update' ? editingWords : stateWords)[state]}
      </span>
    </span>
  );
}
