import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const batchHandlers = (s: AppServices): DomainHandlers<Contract, 'batch'> => ({
  create: (input) => s.batch.create(input),
  list: () => s.batch.list(),
  rows: (input) => s.batch.rows(input),
  getRow: (input) => s.batch.getRow(input),
  saveRow: (input) => s.batch.saveRow(input),
  exclude: (input) => s.batch.exclude(input),
  setMode: (input) => s.batch.setMode(input),
  preflight: (input) => s.batch.preflight(input),
  start: (input) => s.batch.start(input),
  pause: (input) => s.batch.pause(input),
  cancel: (input) => s.batch.cancel(input),
  exportResults: (input) => s.batch.exportResults(input),
  importReadiness: (input) => s.batch.importReadiness(input),
  discard: (input) => s.batch.discard(input),
});
