import { create } from 'zustand';

/**
 * What the person is typing on the send screen, kept in memory only (never sessionStorage or disk: it may hold
 * health information and a patient's number). It survives leaving for the Missing Business Info form and coming
 * back, and stays until the person discards it or the text is sent.
 */
export interface SmsDraft {
  to: string;
  message: string;
  secure: boolean;
  locationId: number | null;
  /** True once the person chose the location themselves; until then the best one is chosen for them. */
  locationPicked: boolean;
}

interface SmsDraftState extends SmsDraft {
  update(patch: Partial<SmsDraft>): void;
  discard(): void;
}

const empty: SmsDraft = { to: '', message: '', secure: false, locationId: null, locationPicked: false };

export const useSmsDraft = create<SmsDraftState>((set) => ({
  ...empty,
  update: (patch) => set(patch),
  discard: () => set(empty),
}));
