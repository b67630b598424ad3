import { usStates } from '../../../shared/domain/us-states';

/** The 56 US state and territory codes as a picker shows them: "Ohio (OH)". */
export const stateOptions: readonly { value: string; label: string }[] = usStates.map((s) => ({
  value: s.code,
  label: `${s.name} (${s.code})`,
}));
