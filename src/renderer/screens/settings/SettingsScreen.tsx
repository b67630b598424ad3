import { Screen } from '../../components/Screen';
import { AboutPanel } from './AboutPanel';
import { EnvironmentsPanel } from './EnvironmentsPanel';

export function SettingsScreen() {
  return (
    <Screen title="Settings">
      <EnvironmentsPanel />
      <AboutPanel />
    </Screen>
  );
}
