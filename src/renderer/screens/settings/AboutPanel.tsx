import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/app';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';

export function AboutPanel() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [openNote, setOpenNote] = useState('');
  const openLogs = async () => {
    const r = await api.app.openLogsFolder();
    if (!r.ok) setError(r.error);
    else setOpenNote(r.data.opened ? '' : 'The logs folder could not be opened. Its path is shown above.');
  };
  useEffect(() => {
    void api.app.info().then((r) => (r.ok ? setInfo(r.data) : setError(r.error)));
  }, []);
  return (
    <section className="panel" aria-labelledby="about-title">
      <h2 id="about-title">About this app</h2>
      <ErrorNote error={error} />
      {info ? (
        <dl className="facts">
          <dt>Version</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>Running as</dt>
          <dd>{info.host === 'electron' ? 'Desktop app' : 'Web host (browser)'}</dd>
          <dt>Data folder</dt>
          <dd>
            <code data-testid="data-dir">{info.dataDir}</code>
          </dd>
          <dt>Logs</dt>
          <dd>
            <code data-testid="logs-dir">{info.logsDir}</code>
            {info.canOpenLogsFolder ? (
              <p>
                <button type="button" className="button" onClick={() => void openLogs()}>
                  Open logs folder
                </button>
              </p>
            ) : (
              <p className="field__hint" data-testid="logs-hint">
                The web host cannot open folders on your computer: open this path in your file manager. The
                desktop app has an Open logs folder button here and in its Help menu.
              </p>
            )}
            {openNote ? (
              <p className="note note--warn" role="status">
                {openNote}
              </p>
            ) : null}
          </dd>
          <dt>Credential storage</dt>
          <dd>
            {info.secretStorage.backend === 'os' ? 'System keychain' : 'Encrypted key file'}
            {info.secretStorage.warning ? (
              <p className="note note--warn">{info.secretStorage.warning}</p>
            ) : null}
          </dd>
        </dl>
      ) : null}
    </section>
  );
}
