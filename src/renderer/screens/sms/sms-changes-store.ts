import { create } from 'zustand';

/** The last SMS changeSeq the Toaster saw from main: screens showing numbers reload when it moves. */
export const useSmsChanges = create<{ changeSeq: number; set(seq: number): void }>((set) => ({
  changeSeq: 0,
  set: (changeSeq) => set((s) => (s.changeSeq === changeSeq ? s : { changeSeq })),
}));
