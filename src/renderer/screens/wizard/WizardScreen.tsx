import { useCallback, useEffect, useState } from 'react';
import type { DraftView, SubmissionView } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';
import { hrefFor, parseHash } from '../../stores/route-store';
import { activeEnvironmentId } from '../../stores/screen-environment';
import { useEnvironments } from '../../stores/environments-store';
import { SubmissionPanel } from './SubmissionPanel';
import { ResumeOffer } from './ResumeOffer';
import { Wizard } from './Wizard';
import { newDraftData } from './wizard-model';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'draft'; draft: DraftView; fresh: boolean }
  | { kind: 'sent'; submission: SubmissionView }
  | { kind: 'error'; error: AppErrorData };

const freshDraft = (): DraftView => ({
  id: crypto.randomUUID(),
  kind: 'create',
  accountId: '',
  // A new draft is made in the environment active when the wizard opened, and stays there.
  environmentId: activeEnvironmentId(),
  revision: 0,
  updatedAt: '',
  data: newDraftData(),
  passwordsSaved: [],
  state: 'draft',
  submission: null,
});

/** #/new (a new draft), #/new/<draftId> (resume any draft), #/edit/<accountId> (the account's update draft). */
export function WizardScreen({ mode, params }: { mode: 'new' | 'edit'; params: readonly string[] }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  // After a draft made here is reloaded (e.g. turned into an update), it is resumed by its id.
  const [resumeId, setResumeId] = useState<string | undefined>(undefined);
  const param = resumeId ?? params[0];

  const load = useCallback(async (): Promise<Loaded> => {
    if (mode === 'new' && param === undefined) {
      // The environment the new draft belongs to: the active one, as main says now.
      await useEnvironments.getState().load();
      return { kind: 'draft', draft: freshDraft(), fresh: true };
    }
    let id = param ?? '';
    if (mode === 'edit' && resumeId === undefined) {
      const opened = await api.onboarding.openEdit({ accountId: id });
      if (!opened.ok) return { kind: 'error', error: opened.error };
      id = opened.data.draftId;
    }
    const draft = await api.onboarding.getDraft({ id });
    if (draft.ok) return { kind: 'draft', draft: draft.data, fresh: false };
    const sent = await api.onboarding.getSubmission({ id });
    if (sent.ok && sent.data) return { kind: 'sent', submission: sent.data };
    return { kind: 'error', error: draft.error };
  }, [mode, param, resumeId]);

  // #/new always starts a fresh practice: the draft made here took the address #/new/<id> without a route change,
  // so going to #/new (the sidebar, "Start another practice") shows up only as a hash change.
  useEffect(() => {
    if (mode !== 'new') return;
    const onHash = () => {
      const route = parseHash(window.location.hash);
      if (route.section !== 'new' || route.params.length > 0) return;
      setResumeId(undefined);
      setGeneration((g) => g + 1);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [mode]);

  useEffect(() => {
    let live = true;
    void load().then((l) => live && setLoaded(l));
    return () => {
      live = false;
    };
  }, [load, generation]);

  if (loaded.kind === 'draft') {
    const { draft, fresh } = loaded;
    return (
      <Wizard
        key={`${draft.id}/${generation}`}
        draft={draft}
        // A new draft gets its address once something is typed, so a reload resumes it.
        {...(fresh ? { onFirstSave: () => history.replaceState(null, '', hrefFor('new', draft.id)) } : {})}
        {...(fresh ? { notice: <ResumeOffer exclude={draft.id} /> } : {})}
        onReload={() => {
          history.replaceState(null, '', hrefFor('new', draft.id));
          setResumeId(draft.id);
          setLoaded({ kind: 'loading' });
          setGeneration((g) => g + 1);
        }}
      />
    );
  }
  return (
    <Screen title={mode === 'edit' ? 'Edit practice' : 'New practice'}>
      {loaded.kind === 'loading' ? <p className="empty">Loading…</p> : null}
      {loaded.kind === 'error' ? (
        <>
          <ErrorNote error={loaded.error} />
          <p>
            <a href={hrefFor('accounts')}>Back to Accounts</a>
          </p>
        </>
      ) : null}
      {loaded.kind === 'sent' ? (
        <SubmissionPanel
          submission={loaded.submission}
          kind="create"
          busy={false}
          onSend={() => undefined}
          onDiscard={() => undefined}
          onConvert={() => undefined}
        />
      ) : null}
    </Screen>
  );
}
