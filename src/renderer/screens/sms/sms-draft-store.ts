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
  /** The account `locationId` belongs to (the draft outlives a change of account; the location does not). */
  locationAccountId: string | null;
  /**
   * True once the person chose the location themselves (or their choice was cleared, asking them to pick): from
   * then on the location is never chosen for them. Until then the best one is preselected.
   */
  locationPicked: boolean;
}

interface SmsDraftState extends SmsDraft {
  update(patch: Partial<SmsDraft>): void;
  discard(): void;
}

const empty: SmsDraft = {
  to: '',
  message: '',
  secure: false,
  locationId: null,
  locationAccountId: null,
  locationPicked: false,
};

export const useSmsDraft = create<SmsDraftState>((set) => ({
  ...empty,
  update: (patch) => set(patch),
  discard: () => set(empty),
}));
