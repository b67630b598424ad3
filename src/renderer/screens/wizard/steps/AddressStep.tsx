import type { StepProps } from '../step-props';
import { PracticeFieldsStep } from './PracticeFieldsStep';

/** Step 2: address and contact. */
export const AddressStep = (props: StepProps) => <PracticeFieldsStep {...props} step={2} />;
