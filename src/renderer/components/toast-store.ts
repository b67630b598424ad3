import { create } from 'zustand';
import type { SmsToast } from '../../shared/contract/sms';

/** How long the toast stays once its last notice arrived. */
export const SHOW_MS = 30_000;

interface ToastState {
  toasts: SmsToast[];
  /** When the shown toast goes (each new notice keeps the whole group on screen for another SHOW_MS). */
  until: number;
  add(toasts: readonly SmsToast[]): void;
  dismiss(): void;
}

/** The notices main sent (toast events, and those kept for us while no page listened). */
export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  until: 0,
  add: (toasts) =>
    toasts.length > 0 && set((s) => ({ toasts: [...s.toasts, ...toasts], until: Date.now() + SHOW_MS })),
  dismiss: () => set({ toasts: [], until: 0 }),
}));
