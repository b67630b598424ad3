import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PipelineCheck, PipelineView } from '../../../shared/contract/pipeline';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { answerOf, errorOf, keys } from '../../api/query-client';
import { selectEnvironmentId, useHealth } from '../../stores/health-store';
import type { PipelineMark } from './pipeline-filter';

export interface PipelineData {
  readonly view: PipelineView | null;
  /** Each practice's stage and whether it is stuck, by account ID (for the list). */
  readonly marks: ReadonlyMap<string, PipelineMark>;
  readonly error: AppErrorData | null;
  readonly checking: boolean;
  checkAll(): void;
}

const noMarks: ReadonlyMap<string, PipelineMark> = new Map();

/**
 * The active environment's pipeline: asked once when the screen opens, then kept current by the `pipeline` event
 * (Check all's progress, facts learned). Check all answers at once; its progress comes as events.
 */
export const usePipeline = (): PipelineData => {
  const environmentId = useHealth(selectEnvironmentId);
  const queries = useQueryClient();
  const view = useQuery({
    queryKey: keys.pipeline(environmentId),
    queryFn: () => answerOf(api.pipeline.view()),
    enabled: environmentId !== '',
  });
  const check = useMutation({
    mutationFn: () => answerOf(api.pipeline.checkAll()),
    onSuccess: (started: PipelineCheck) =>
      queries.setQueryData<PipelineView>(keys.pipeline(started.environmentId), (old) =>
        old ? { ...old, check: started } : old,
      ),
  });
  const data = view.data ?? null;
  const marks = useMemo(
    () =>
      data ? new Map(data.practices.map((p) => [p.accountId, { stage: p.stage, stuck: p.stuck }])) : noMarks,
    [data],
  );
  return {
    view: data,
    marks,
    error: errorOf(view.error) ?? errorOf(check.error),
    checking: check.isPending || data?.check?.state === 'running',
    checkAll: () => check.mutate(),
  };
};
