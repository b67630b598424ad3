import { StrictMode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './api/query-client';
import { createRoot } from 'react-dom/client';
import { AppShell } from './shell/AppShell';
import { followOpenScreenRequests } from './api/open-screen';
import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';

followOpenScreenRequests();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AppShell />
    </QueryClientProvider>
  </StrictMode>,
);
