import { useDeferredValue, useMemo, useState } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';
import { countWords } from './account-row-words';
import { filterRows, type StatusFilter } from './account-rows-order';
import { AccountsFilters } from './AccountsFilters';
import { AccountsGrid } from './AccountsGrid';
import { ListSourceNote } from './ListSourceNote';
import { ListErrorNote } from './ListErrorNote';
import { useHealth } from '../../stores/health-store';
import { PartnerGapsNote } from './PartnerGapsNote';
import { OtherEnvironmentsDrafts } from './OtherEnvironmentsDrafts';
import { ResumeDraftsBanner } from './ResumeDraftsBanner';
import { UnassignedDrafts } from './UnassignedDrafts';
import { DiscardedDraftsNote } from './DiscardedDraftsNote';
import { useDraftDiscard, withoutDiscarded } from './draft-discard-store';
import { useAccountsData } from './use-accounts-data';
import { usePartnerGaps } from './use-partner-gaps';
import { PipelineFunnel } from './PipelineFunnel';
import { filterByPipeline, type PipelineFilter } from './pipeline-filter';
import { usePipeline } from './use-pipeline';
import './accounts.css';
import './pipeline.css';

/** "Not now" on the drafts banner holds until the app is reloaded. */
let resumeBannerDismissed = false;

const count = (n: number) => n.toLocaleString();

/** The environment's practices, drafts and queued submissions in one list. */
export function AccountsScreen({ params }: { params: readonly string[] }) {
  void params;
  const data = useAccountsData();
  const { list, elsewhere, unassigned, listError, localError, loading, reload } = data;
  const discard = useDraftDiscard();
  const { drafts, rows } = useMemo(
    () => withoutDiscarded({ drafts: data.drafts, rows: data.rows }, discard.discarded),
    [data.drafts, data.rows, discard.discarded],
  );
  const partnerGaps = usePartnerGaps(list);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<StatusFilter>('all');
  const pipeline = usePipeline();
  const [stage, setStage] = useState<PipelineFilter>(null);
  const [bannerHidden, setBannerHidden] = useState(resumeBannerDismissed);
  // A draft whose submission is queued or sent is not unfinished: its row says Queued or Synced instead.
  const unfinished = useMemo(() => {
    const sent = new Set(
      rows.filter((r) => r.status === 'queued' || r.status === 'synced').map((r) => r.draftId),
    );
    return drafts.filter((d) => !sent.has(d.id));
  }, [drafts, rows]);
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(
    () => filterByPipeline(filterRows(rows, deferredQuery, filter), pipeline.marks, stage),
    [rows, deferredQuery, filter, pipeline.marks, stage],
  );
  const filtering = deferredQuery.trim() !== '' || filter !== 'all' || stage !== null;
  const environmentName = useHealth((h) => h.health?.environment.name) ?? 'this environment';
  const ready = list !== null || listError !== null || !loading;

  const listUnknown = list?.source === 'none' && rows.length === 0;
  return (
    <Screen
      title="Accounts"
      actions={
        <>
          <button type="button" className="button" onClick={reload} disabled={loading}>
            Refresh
          </button>
          <a className="button button--primary" href="#/new">
            New practice
          </a>
        </>
      }
    >
      {bannerHidden ? null : (
        <ResumeDraftsBanner
          drafts={unfinished}
          onDismiss={() => {
            resumeBannerDismissed = true;
            setBannerHidden(true);
          }}
          onDiscard={discard.discard}
        />
      )}
      <OtherEnvironmentsDrafts counts={elsewhere} />
      <UnassignedDrafts drafts={unassigned} onAssigned={reload} />
      <DiscardedDraftsNote discarded={discard.discarded} onUndo={discard.undo} />
      <ErrorNote error={discard.error} />
      {list ? <ListSourceNote list={list} onRetry={reload} /> : null}
      {list && list.practices.length > 0 ? <PartnerGapsNote gaps={partnerGaps} /> : null}
      <ListErrorNote error={listError} environmentName={environmentName} onRetry={reload} />
      <ErrorNote error={localError} />
      {list && list.practices.length > 0 ? (
        <PipelineFunnel pipeline={pipeline} selected={stage} onSelect={setStage} />
      ) : null}
      <AccountsFilters query={query} filter={filter} onQuery={setQuery} onFilter={setFilter} />
      {/* Updox unreachable and no copy on disk: the list is unknown, not empty (the note above says why). */}
      <p className="accounts-count" role="status" data-testid="accounts-count">
        {!ready
          ? 'Loading accounts…'
          : filtering
            ? `Showing ${count(shown.length)} of ${count(rows.length)} accounts`
            : listUnknown
              ? `Updox's accounts in ${list.environmentName} are not known on this computer yet`
              : `${countWords(rows)}${list ? ` in ${list.environmentName}` : ''}`}
      </p>
      {ready && shown.length === 0 && !(rows.length === 0 && (listError || listUnknown)) ? (
        <p className="empty accounts-empty">
          {rows.length === 0
            ? 'No practices yet. Choose New practice to onboard the first one.'
            : stage !== null
              ? 'No accounts at this stage match. Change the search, or choose Show every stage above.'
              : 'No accounts match. Change the search or choose All under Show.'}
        </p>
      ) : null}
      {shown.length > 0 ? (
        <AccountsGrid rows={shown} label="Accounts" partnerGaps={partnerGaps} marks={pipeline.marks} />
      ) : null}
    </Screen>
  );
}
