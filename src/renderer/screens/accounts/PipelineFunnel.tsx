import { useState } from 'react';
import type { StageCount } from '../../../shared/contract/pipeline';
import { stageLabels, type PipelineStage } from '../../../shared/domain/pipeline-stage';
import { ErrorNote } from '../../components/ErrorNote';
import type { PipelineFilter } from './pipeline-filter';
import { PipelineCheckNote } from './PipelineCheckNote';
import type { PipelineData } from './use-pipeline';

const practices = (n: number) => `${n.toLocaleString()} practice${n === 1 ? '' : 's'}`;

/** One bar: centred, as wide as its share of the largest stage (a funnel), its stuck part marked. */
function Bar({ count, stuck, max }: { count: number; stuck: number; max: number }) {
  const width = max === 0 ? 0 : Math.max(count > 0 ? 2 : 0, (count / max) * 100);
  const x = (100 - width) / 2;
  const stuckWidth = count === 0 ? 0 : (stuck / count) * width;
  return (
    <svg className="pipeline__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
      <rect className="pipeline__track" x="0" y="0" width="100" height="10" />
      <rect className="pipeline__fill" x={x} y="0" width={width} height="10" />
      {stuck > 0 ? (
        <rect className="pipeline__stuck" x={x + width - stuckWidth} y="0" width={stuckWidth} height="10" />
      ) : null}
    </svg>
  );
}

function StageButton({
  stage,
  label,
  count,
  stuck,
  max,
  selected,
  onSelect,
}: {
  stage: PipelineFilter;
  label: string;
  count: number;
  stuck: number;
  max: number;
  selected: boolean;
  onSelect: (filter: PipelineFilter) => void;
}) {
  const name = `${label}: ${practices(count)}${stuck > 0 && stage !== 'stuck' ? `, ${stuck} stuck` : ''}`;
  return (
    <button
      type="button"
      className="pipeline__stage"
      aria-pressed={selected}
      aria-label={name}
      data-testid={`pipeline-bar-${stage ?? 'all'}`}
      onClick={() => onSelect(selected ? null : stage)}
    >
      <span className="pipeline__label">{label}</span>
      <Bar count={count} stuck={stage === 'stuck' ? count : stuck} max={max} />
      <span className="pipeline__count">{count.toLocaleString()}</span>
      <span className="pipeline__flag">
        {stuck > 0 && stage !== 'stuck' ? <span className="badge badge--amber">{stuck} stuck</span> : null}
      </span>
    </button>
  );
}

/** The chart's equivalent as a table: the same counts, and how many reached each stage or went further. */
function FunnelTable({
  counts,
  selected,
  onSelect,
}: {
  counts: readonly StageCount[];
  selected: PipelineFilter;
  onSelect: (filter: PipelineFilter) => void;
}) {
  const reached = (i: number) => counts.slice(i).reduce((sum, c) => sum + c.count, 0);
  return (
    <table className="table pipeline__table" data-testid="pipeline-table">
      <caption className="visually-hidden">Onboarding pipeline: practices by stage</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col">Practices at this stage</th>
          <th scope="col">Stuck</th>
          <th scope="col">Reached this stage or further</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c, i) => (
          <tr key={c.stage}>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                aria-pressed={selected === c.stage}
                onClick={() => onSelect(selected === c.stage ? null : c.stage)}
              >
                {stageLabels[c.stage]}
              </button>
            </th>
            <td>{c.count.toLocaleString()}</td>
            <td>{c.stuck.toLocaleString()}</td>
            <td>{reached(i).toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The onboarding funnel of the Accounts screen: one bar per stage with its count (SVG, no charting library),
 * each a button that shows only the practices at that stage in the list below; the stuck ones counted per bar and
 * as a filter of their own; the same as a table on request; Check all with its progress.
 */
export function PipelineFunnel({
  pipeline,
  selected,
  onSelect,
}: {
  pipeline: PipelineData;
  selected: PipelineFilter;
  onSelect: (filter: PipelineFilter) => void;
}) {
  const [asTable, setAsTable] = useState(false);
  const { view } = pipeline;
  if (view === null) return <ErrorNote error={pipeline.error} />;
  const max = Math.max(0, ...view.counts.map((c) => c.count));
  const stuck = view.counts.reduce((sum, c) => sum + c.stuck, 0);
  const chosen = selected === null ? null : selected === 'stuck' ? 'Stuck' : stageLabels[selected];
  return (
    <section className="panel pipeline" aria-labelledby="pipeline-title" data-testid="pipeline">
      <div className="pipeline__head">
        <h2 id="pipeline-title">Onboarding pipeline</h2>
        <button type="button" className="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          Show as table
        </button>
        <button type="button" className="button" onClick={pipeline.checkAll} disabled={pipeline.checking}>
          Check all
        </button>
      </div>
      <p className="field__hint" data-testid="pipeline-how">
        Each practice is counted once, at the furthest stage it has reached: one under Users added has its
        account and locations too. What this app has not seen yet counts lower until Check all asks Updox.
      </p>
      <PipelineCheckNote check={view.check} />
      <ErrorNote error={pipeline.error} />
      {asTable ? (
        <FunnelTable counts={view.counts} selected={selected} onSelect={onSelect} />
      ) : (
        <ul className="pipeline__bars" aria-label="Practices at each stage (a stage filters the list below)">
          {view.counts.map((c) => (
            <li key={c.stage}>
              <StageButton
                stage={c.stage satisfies PipelineStage}
                label={stageLabels[c.stage]}
                count={c.count}
                stuck={c.stuck}
                max={max}
                selected={selected === c.stage}
                onSelect={onSelect}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="pipeline__foot">
        <button
          type="button"
          className="button"
          aria-pressed={selected === 'stuck'}
          data-testid="pipeline-bar-stuck"
          onClick={() => onSelect(selected === 'stuck' ? null : 'stuck')}
        >
          Stuck: {practices(stuck)}
        </button>
        <span className="pipeline__rule">
          Stuck: a number waiting beyond 3 business days, or SMS business details incomplete beyond a week.
        </span>
      </p>
      {chosen ? (
        <p className="pipeline__chosen" role="status">
          The list shows only: <strong>{chosen}</strong>.{' '}
          <button type="button" className="link-button" onClick={() => onSelect(null)}>
            Show every stage
          </button>
        </p>
      ) : null}
    </section>
  );
}
