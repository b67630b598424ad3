import { useRoute } from '../stores/route-store';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { ActivityScreen } from '../screens/activity/ActivityScreen';
import { AccountsScreen } from '../screens/accounts/AccountsScreen';
import { AccountScreen } from '../screens/accounts/AccountScreen';
import { WizardScreen } from '../screens/wizard/WizardScreen';
import { BusinessDetailsScreen } from '../screens/business/BusinessDetailsScreen';
import { MissingBusinessInfoScreen } from '../screens/business/MissingBusinessInfoScreen';
import { SmsScreen } from '../screens/sms/SmsScreen';

/**
 * Route -> screen. The only place that knows every screen.
 *   #/accounts            the list            #/accounts/<id>         one account
 *   #/new                 a new practice      #/new/<draftId>         resume a draft
 *   #/edit/<accountId>    update an account   #/business              partner business details
 *   #/business/<id>       Missing Business Info for an account
 *   #/sms                 numbers and send    #/sms/<accountId>       preselect an account
 *   #/activity            Updox calls         #/settings
 */
export function ScreenRouter() {
  const { section, params } = useRoute((s) => s.route);
  switch (section) {
    case 'settings':
      return <SettingsScreen />;
    case 'activity':
      return <ActivityScreen />;
    case 'new':
    case 'edit':
      return <WizardScreen key={`${section}/${params.join('/')}`} mode={section} params={params} />;
    case 'business':
      return params[0] ? (
        <MissingBusinessInfoScreen params={params} />
      ) : (
        <BusinessDetailsScreen params={params} />
      );
    case 'sms':
      return <SmsScreen params={params} />;
    default:
      return params[0] ? <AccountScreen params={params} /> : <AccountsScreen params={params} />;
  }
}
