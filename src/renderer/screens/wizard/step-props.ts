import type {
  DraftLocation,
  DraftPractice,
  DraftUser,
  WizardDraftData,
} from '../../../shared/contract/onboarding';
import type { Availability } from './use-conflicts';

/** What every step screen gets from the wizard. */
export interface StepProps {
  data: WizardDraftData;
  kind: 'create' | 'update';
  /** The message to show for a field path (once the person has touched it, tried Next, or Updox named it). */
  errorOf: (path: string) => string | undefined;
  /** Marks a field touched and flushes the autosave (on blur). */
  touch: (path: string) => void;
  setPractice: <K extends keyof DraftPractice>(field: K, value: DraftPractice[K]) => void;
  setData: (change: (data: WizardDraftData) => WizardDraftData) => void;
  setLocation: <K extends keyof DraftLocation>(index: number, field: K, value: DraftLocation[K]) => void;
  setUser: <K extends keyof DraftUser>(index: number, field: K, value: DraftUser[K]) => void;
  passwords: Readonly<Record<string, string>>;
  passwordsSaved: readonly string[];
  setPassword: (key: string, value: string) => void;
  /** What Updox said of the account ID and the portal web address (null while not checked). */
  availability: { accountId: Availability | null; portal: Availability | null };
}
