import type { StepProps } from '../step-props';
import { PracticeFieldsStep } from './PracticeFieldsStep';

/** Step 3: time zone, portal web address (with a live preview and an availability hint), direct address, active. */
export const PortalStep = (props: StepProps) => <PracticeFieldsStep {...props} step={3} />;
