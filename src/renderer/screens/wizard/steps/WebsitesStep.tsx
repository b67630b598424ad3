import type { StepProps } from '../step-props';
import { PracticeFieldsStep } from './PracticeFieldsStep';

/** Step 4: the /1.1 website fields, with what happens when they are left empty. */
export const WebsitesStep = (props: StepProps) => <PracticeFieldsStep {...props} step={4} />;
