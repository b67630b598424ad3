import { useState, type ChangeEvent } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { useRoute } from '../../stores/route-store';
import { saveTextFile } from '../activity/save-text-file';

const practices = (n: number) => `${n.toLocaleString()} practice${n === 1 ? '' : 's'}`;

/**
 * The bulk readiness fix: the practices whose SMS business details are incomplete as a spreadsheet (their gaps as
 * empty cells), and the filled file back as a batch, which the batch screen sends with progress, pause and
 * resume, as the Missing Business Info form would, one practice at a time.
 */
export function ReadinessFixPanel() {
  const go = useRoute((s) => s.go);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const exportFile = async () => {
    setBusy(true);
    setError(null);
    setNote(null);
    const r = await api.business.exportIncomplete();
    setBusy(false);
    if (!r.ok) return setError(r.error);
    if (r.data.rows === 0)
      return setNote("Every practice's own SMS business details are complete: there is nothing to fill in.");
    saveTextFile(r.data.fileName, r.data.csv, 'text/csv');
    const partner =
      r.data.partnerGaps.length > 0
        ? ` Your company's Business details above also lack: ${r.data.partnerGaps.join(', ')}. Fill them in here.`
        : '';
    setNote(
      `Saved ${r.data.fileName}: ${practices(r.data.rows)}, each with its gaps as empty cells. Fill them in, save the file as CSV, and import it here.${partner}`,
    );
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    setNote(null);
    const r = await api.batch.importReadiness({ fileName: file.name, csv: await file.text() });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    go('batch', r.data.id);
  };

  return (
    <section className="panel readiness-fix" aria-labelledby="readiness-fix-title">
      <h2 id="readiness-fix-title">Practices&apos; SMS business details, in bulk</h2>
      <p>
        Export the practices whose SMS business details are incomplete, fill in the empty cells in a
        spreadsheet, then import the file: it becomes a batch you check and send, as the Missing business info
        form would.
      </p>
      <div className="business-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportFile()}>
          Export incomplete practices
        </button>
        <span className="field readiness-fix__file">
          <label htmlFor="readiness-fix-file">Import the filled file (CSV)</label>
          <input
            id="readiness-fix-file"
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            onChange={(e) => void importFile(e)}
          />
        </span>
      </div>
      <div aria-live="polite">
        {note ? <p className="note note--ok">{note}</p> : null}
        <ErrorNote error={error} />
      </div>
    </section>
  );
}
