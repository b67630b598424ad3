import { ComingSoonScreen } from '../placeholder/ComingSoonScreen';

export function WizardScreen({ mode, params }: { mode: 'new' | 'edit'; params: readonly string[] }) {
  void params;
  void mode;
  return <ComingSoonScreen title="New practice" what="The onboarding wizard is not built yet." />;
}
