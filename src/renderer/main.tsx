import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './shell/AppShell';
import { followOpenScreenRequests } from './api/open-screen';
import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';

followOpenScreenRequests();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell />
  </StrictMode>,
);
