import type { ComponentProps } from 'react';
import { AddressStep } from './steps/AddressStep';
import { LocationsStep } from './steps/LocationsStep';
import { PortalStep } from './steps/PortalStep';
import { PracticeStep } from './steps/PracticeStep';
import { ReviewStep } from './steps/ReviewStep';
import { UsersStep } from './steps/UsersStep';
import { WebsitesStep } from './steps/WebsitesStep';
import type { StepProps } from './step-props';
import type { WizardStepNumber } from './wizard-model';

export function StepBody({
  step,
  props,
  review,
}: {
  step: WizardStepNumber;
  props: StepProps;
  review: ComponentProps<typeof ReviewStep>;
}) {
  switch (step) {
    case 1:
      return <PracticeStep {...props} />;
    case 2:
      return <AddressStep {...props} />;
    case 3:
      return <PortalStep {...props} />;
    case 4:
      return <WebsitesStep {...props} />;
    case 5:
      return <LocationsStep {...props} />;
    case 6:
      return <UsersStep {...props} />;
    case 7:
      return <ReviewStep {...review} />;
  }
}
