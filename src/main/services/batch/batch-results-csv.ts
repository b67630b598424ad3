import Papa from 'papaparse';
import type { OpenBatch } from './batch-store';
import { outcomeOf } from './batch-views';

export const RESULTS_COLUMNS = ['Row', 'Account ID', 'Practice name', 'Outcome', 'Code', 'Message'] as const;

/**
 * The results of a batch as CSV (papaparse's unparse, cells that a spreadsheet would run as a formula escaped):
 * one line per imported row, by its line in the practices file. Left out and not-checked rows say so.
 */
export const resultsCsv = (batch: OpenBatch): { rows: number; csv: string } => {
  const data = batch.data.rows.map((state, index) => {
    const problems = Object.values(batch.problemsOf(index));
    const outcome = state.excluded
      ? 'left out'
      : state.outcome === 'pending' && problems.length > 0
        ? 'not sent: problems'
        : outcomeOf(batch, index);
    const message =
      state.excluded || (state.outcome === 'pending' && problems.length > 0)
        ? problems.join(' ')
        : (state.error?.message ?? '');
    return [
      String(state.row.line),
      state.row.practice.accountId,
      state.row.practice.name,
      outcome,
      state.error?.code === undefined ? '' : String(state.error.code),
      message,
    ];
  });
  return {
    rows: data.length,
    csv: Papa.unparse({ fields: [...RESULTS_COLUMNS], data }, { escapeFormulae: true, newline: '\r\n' }),
  };
};
