import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const pipelineHandlers = (s: AppServices): DomainHandlers<Contract, 'pipeline'> => ({
  view: () => s.pipeline.view(),
  practice: (input) => s.pipeline.practice(input),
  checkAll: () => s.pipeline.checkAll(),
});
