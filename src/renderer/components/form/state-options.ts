import { isUsStateCode, normalizeUsState, usStates } from '../../../shared/domain/us-states';

/** The 56 US state and territory codes as a picker shows them: "Ohio (OH)". */
export const stateOptions: readonly { value: string; label: string }[] = usStates.map((s) => ({
  value: s.code,
  label: `${s.name} (${s.code})`,
}));

/** A stored state as the picker selects it: a code in another case ("oh") or a name ("Ohio") shows as its code. */
export const shownState = (value: string): string => {
  const normalized = normalizeUsState(value);
  return isUsStateCode(normalized) ? normalized : value;
};

/**
 * The picker's options for a stored value: any value that is not a state stays visible as its own option, marked
 * not valid, so nothing Updox holds is hidden.
 */
export const stateOptionsFor = (value: string): readonly { value: string; label: string }[] => {
  const shown = shownState(value);
  return shown !== '' && !isUsStateCode(shown)
    ? [{ value: shown, label: `${shown} (not a US state or territory)` }, ...stateOptions]
    : stateOptions;
};
