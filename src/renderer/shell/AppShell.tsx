import { useEffect } from 'react';
import { startHealthPolling } from '../stores/health-store';
import { ScreenRouter } from './ScreenRouter';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { Toaster } from '../components/Toaster';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { StorageNotices } from './StorageNotices';
import { SwitchedNotice } from './SwitchedNotice';
import { useEnvironments } from '../stores/environments-store';
import { useEnvironmentFrame } from './use-environment-frame';
import { LeaveConfirmDialog } from '../components/LeaveConfirmDialog';

export function AppShell() {
  useEffect(() => startHealthPolling(), []);
  useEffect(() => void useEnvironments.getState().load(), []);
  const environment = useEnvironmentFrame();
  return (
    <div className="shell" data-environment-kind={environment?.kind ?? 'unknown'}>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // Routes live in the hash; move focus instead of navigating.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <Sidebar />
      <div className="shell__body">
        <TopBar />
        <main id="main" className="shell__main" tabIndex={-1}>
          <StorageNotices />
          <SwitchedNotice />
          <ScreenRouter />
        </main>
      </div>
      <Toaster />
      <ConfirmDialog />
      <LeaveConfirmDialog />
    </div>
  );
}
