import { useQuery } from '@tanstack/react-query';
import type { TimelineStep } from '../../../shared/contract/pipeline';
import { stageLabels } from '../../../shared/domain/pipeline-stage';
import { ErrorNote } from '../../components/ErrorNote';
import { api } from '../../api/client';
import { answerOf, errorOf, keys } from '../../api/query-client';
import { useOpenedEnvironment } from '../../stores/screen-environment';
import { stuckWords } from './pipeline-filter';

const when = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

const stepWords = (step: TimelineStep): string =>
  step.state === 'done'
    ? step.at
      ? `since ${when(step.at)}`
      : 'done'
    : step.state === 'unknown'
      ? 'not known yet (Check all on Accounts asks Updox)'
      : step.at
        ? `not now (first on ${when(step.at)})`
        : 'not yet';

/**
 * A practice's own way through the pipeline: each stage done or not, with the date the app first learned it, and
 * why it is stuck if it is. Kept current by the `pipeline` event.
 */
export function PipelineTimeline({ accountId }: { accountId: string }) {
  const { environmentId, active } = useOpenedEnvironment();
  const practice = useQuery({
    queryKey: keys.pipelinePractice(environmentId, accountId),
    queryFn: () => answerOf(api.pipeline.practice({ accountId })),
    enabled: active,
  });
  const data = practice.data ?? null;
  return (
    <section className="panel account-pipeline" aria-labelledby="account-pipeline-title">
      <h2 id="account-pipeline-title">Onboarding stage{data ? `: ${stageLabels[data.stage]}` : ''}</h2>
      <ErrorNote error={errorOf(practice.error)} />
      {practice.isSuccess && data === null ? (
        <p className="empty">
          This app has not seen this practice in a list yet. Open Accounts to see its stage.
        </p>
      ) : null}
      {data && data.stuck.length > 0 ? (
        <div className="note note--warn" data-testid="account-stuck">
          {data.stuck.map((reason) => (
            <p key={reason.kind}>
              <strong>Stuck:</strong> {stuckWords(reason)}
            </p>
          ))}
        </div>
      ) : null}
      {data ? (
        <ol className="pipeline-timeline" data-testid="account-timeline">
          {data.timeline.map((step) => (
            <li key={step.stage} className={`pipeline-timeline__step pipeline-timeline__step--${step.state}`}>
              <span className="pipeline-timeline__mark" aria-hidden="true">
                {step.state === 'done' ? '✓' : step.state === 'unknown' ? '?' : '·'}
              </span>
              <span className="pipeline-timeline__stage">{stageLabels[step.stage]}</span>
              <span className="pipeline-timeline__when">
                <span className="visually-hidden">: </span>
                {stepWords(step)}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
