import { Screen } from '../../components/Screen';
import { AboutPanel } from './AboutPanel';

export function SettingsScreen() {
  return (
    <Screen title="Settings">
      <AboutPanel />
    </Screen>
  );
}
