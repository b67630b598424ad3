import type { ConfirmRequest } from '../../shared/contract/app';
import { askInApp } from '../components/confirm-dialog-store';
import { api } from './client';

/**
 * Asks the person to confirm: a native dialog in the desktop app (main shows it), the in-app dialog in the web
 * host (main answers 'in-app'), and the in-app dialog too if main cannot be asked. Never window.confirm.
 */
export const confirmWithPerson = async (request: ConfirmRequest): Promise<boolean> => {
  const r = await api.app.confirm(request);
  if (r.ok && r.data.answer !== 'in-app') return r.data.answer === 'confirmed';
  return askInApp(request);
};
