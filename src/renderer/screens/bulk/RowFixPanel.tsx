import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchPracticeRow, BatchRowView } from '../../../shared/contract/batch';
import { api } from '../../api/client';
import { errorOf as queryErrorOf } from '../../api/query-client';
import { ErrorNote } from '../../components/ErrorNote';
import { useDebouncedSave, type SaveOutcome } from '../../components/form/use-debounced-save';
import { applyRowView, applySummary, useBatchRow } from './batch-queries';
import { linesOf, problemLines } from './problem-words';
import { LocationFixFields, PracticeFixFields, UserFixFields } from './RowFixFields';

const SAVE_DELAY_MS = 400;
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

type Path = readonly [string, ...(string | number)[]];

/** The row with one field changed: practice.<f>, locations.<i>.<f> or users.<i>.<f>. */
const changed = (row: BatchPracticeRow, path: Path, value: string | boolean): BatchPracticeRow => {
  const [part, second, field] = path;
  if (part === 'practice' && typeof second === 'string')
    return { ...row, practice: { ...row.practice, [second]: value } };
  if ((part === 'locations' || part === 'users') && typeof second === 'number' && typeof field === 'string') {
    if (part === 'locations')
      return {
        ...row,
        locations: row.locations.map((l, i) => (i === second ? { ...l, [field]: value } : l)),
      };
    return { ...row, users: row.users.map((u, i) => (i === second ? { ...u, [field]: value } : u)) };
  }
  return row;
};

/**
 * One row's fields, to fix it in place: every keystroke is saved to the batch in main (autosave) and checked again
 * there with the wizard's rules; the problems shown are that check's.
 */
export function RowFixPanel(props: { env: string; batchId: string; index: number; onClose: () => void }) {
  const { env, batchId, index } = props;
  const loaded = useBatchRow(env, batchId, index);
  if (loaded.error) return <ErrorNote error={queryErrorOf(loaded.error)} />;
  if (!loaded.data) return <p className="empty">Opening the row…</p>;
  return <RowFixForm {...props} row={loaded.data.row} view={loaded.data.view} />;
}

function RowFixForm({
  env,
  batchId,
  index,
  onClose,
  row: loadedRow,
  view: loadedView,
}: {
  env: string;
  batchId: string;
  index: number;
  onClose: () => void;
  row: BatchPracticeRow;
  view: BatchRowView;
}) {
  const queries = useQueryClient();
  const [row, setRow] = useState(loadedRow);
  const [view, setView] = useState(loadedView);
  const [passwords, setPasswords] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened with Fix: the keyboard and a screen reader go to the form.
  useEffect(() => heading.current?.focus(), []);

  const save = useCallback(
    async (next: BatchPracticeRow): Promise<SaveOutcome> => {
      const r = await api.batch.saveRow({ batchId, index, row: next });
      if (!r.ok) return r;
      setView(r.data.view);
      applyRowView(queries, env, batchId, r.data.view);
      applySummary(queries, env, r.data.summary);
      return { ok: true, savedAt: new Date().toISOString() };
    },
    [batchId, index, env, queries],
  );
  const autosave = useDebouncedSave(save, SAVE_DELAY_MS);

  /** What is sent: the row as typed, with a password only where one was typed here. */
  const withPasswords = (next: BatchPracticeRow, typed: Record<string, string>): BatchPracticeRow => ({
    ...next,
    users: next.users.map(({ password: _kept, ...u }) =>
      typed[u.key] ? { ...u, password: typed[u.key] } : u,
    ),
  });
  const change = (path: Path, value: string | boolean) => {
    const next = changed(row, path, value);
    setRow(next);
    autosave.schedule(withPasswords(next, passwords));
  };
  const setPassword = (key: string, value: string) => {
    const typed = { ...passwords, [key]: value };
    setPasswords(typed);
    autosave.schedule(withPasswords(row, typed));
  };
  const errorOf = (path: string): string | undefined => view.problems[path];
  const title = `Line ${row.line}: ${row.practice.name.trim() || row.practice.accountId.trim() || 'a practice'}`;
  const general = problemLines(view.problems, row.line, linesOf(row)).filter((p) => p.place.column === null);

  return (
    <section className="panel bulk-fix" aria-labelledby="bulk-fix-title" data-testid="bulk-fix">
      <div className="bulk-fix__head">
        <h2 id="bulk-fix-title" ref={heading} tabIndex={-1}>
          Fixing {title}
        </h2>
        <p className="field__hint" role="status">
          {Object.keys(view.problems).length === 0
            ? 'No problems left: this practice is ready.'
            : `${Object.keys(view.problems).length} problem${Object.keys(view.problems).length === 1 ? '' : 's'} left.`}
          {autosave.savedAt ? ` Saved ${timeFormat.format(new Date(autosave.savedAt))}.` : ''}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            void autosave.flush().then(onClose);
          }}
        >
          Done
        </button>
      </div>
      <ErrorNote error={autosave.error} />
      {general.map((p) => (
        <p key={p.key} className="note note--error">
          {p.words}
        </p>
      ))}
      <h3>Practice</h3>
      <PracticeFixFields row={row} errorOf={errorOf} onChange={change} />
      {row.locations.map((l, i) => (
        <section
          key={l.key}
          className="wizard__card"
          aria-label={`Location ${l.name.trim() || i + 1}, locations file line ${l.line}`}
        >
          <h3>
            Location {l.name.trim() || i + 1}{' '}
            <span className="field__hint">(locations file line {l.line})</span>
          </h3>
          <LocationFixFields row={row} index={i} errorOf={errorOf} onChange={change} />
        </section>
      ))}
      {row.users.map((u, i) => {
        const name = `${u.firstName} ${u.lastName}`.trim() || `User ${i + 1}`;
        return (
          <section key={u.key} className="wizard__card" aria-label={`${name}, users file line ${u.line}`}>
            <h3>
              {name} <span className="field__hint">(users file line {u.line})</span>
            </h3>
            <UserFixFields
              row={row}
              index={i}
              password={passwords[u.key] ?? ''}
              errorOf={errorOf}
              onChange={change}
              onPassword={setPassword}
            />
          </section>
        );
      })}
    </section>
  );
}
