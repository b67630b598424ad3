import { useEffect } from 'react';
import { startHealthPolling } from '../stores/health-store';
import { ScreenRouter } from './ScreenRouter';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { Toaster } from '../components/Toaster';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { LeaveConfirmDialog } from '../components/LeaveConfirmDialog';

export function AppShell() {
  useEffect(() => startHealthPolling(), []);
  return (
    <div className="shell">
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
          <ScreenRouter />
        </main>
      </div>
      <Toaster />
      <ConfirmDialog />
      <LeaveConfirmDialog />
    </div>
  );
}
