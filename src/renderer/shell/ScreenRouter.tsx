import { useRoute } from '../stores/route-store';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { ComingSoonScreen } from '../screens/placeholder/ComingSoonScreen';

/** Section id -> screen. The only place that knows every screen. */
export function ScreenRouter() {
  const { section } = useRoute((s) => s.route);
  switch (section) {
    case 'settings':
      return <SettingsScreen />;
    case 'new':
      return <ComingSoonScreen title="New practice" what="The onboarding wizard is not built yet." />;
    case 'business':
      return <ComingSoonScreen title="Business details" what="Partner business details are not built yet." />;
    case 'sms':
      return <ComingSoonScreen title="SMS" what="SMS numbers and sending are not built yet." />;
    case 'activity':
      return <ComingSoonScreen title="Activity" what="The activity log is not built yet." />;
    default:
      return <ComingSoonScreen title="Accounts" what="The accounts list is not built yet." />;
  }
}
