import { useRoute } from '../stores/route-store';
import { lazy, Suspense } from 'react';
import { AccountsScreen } from '../screens/accounts/AccountsScreen';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary';

// The first screen is in the main bundle; the others load when first opened (all from the app's own files).
const SettingsScreen = lazy(() =>
  import('../screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
const ActivityScreen = lazy(() =>
  import('../screens/activity/ActivityScreen').then((m) => ({ default: m.ActivityScreen })),
);
const AccountScreen = lazy(() =>
  import('../screens/accounts/AccountScreen').then((m) => ({ default: m.AccountScreen })),
);
const WizardScreen = lazy(() =>
  import('../screens/wizard/WizardScreen').then((m) => ({ default: m.WizardScreen })),
);
const BusinessDetailsScreen = lazy(() =>
  import('../screens/business/BusinessDetailsScreen').then((m) => ({ default: m.BusinessDetailsScreen })),
);
const MissingBusinessInfoScreen = lazy(() =>
  import('../screens/business/MissingBusinessInfoScreen').then((m) => ({
    default: m.MissingBusinessInfoScreen,
  })),
);
const BulkScreen = lazy(() => import('../screens/bulk/BulkScreen').then((m) => ({ default: m.BulkScreen })));
const BatchProgressScreen = lazy(() =>
  import('../screens/bulk/BatchProgressScreen').then((m) => ({ default: m.BatchProgressScreen })),
);
const SmsScreen = lazy(() => import('../screens/sms/SmsScreen').then((m) => ({ default: m.SmsScreen })));

/**
 * Route -> screen. The only place that knows every screen.
 *   #/accounts            the list            #/accounts/<id>         one account
 *   #/new                 a new practice      #/new/<draftId>         resume a draft
 *   #/edit/<accountId>    update an account   #/business              partner business details
 *   #/business/<id>       Missing Business Info for an account
 *   #/sms                 numbers and send    #/sms/<accountId>       preselect an account
 *   #/bulk                bulk import         #/bulk/<batchId>        one imported batch
 *   #/activity            Updox calls         #/settings
 *   #/batch               = #/bulk            #/batch/<id>            a batch's progress and results (any kind)
 */
export function ScreenRouter() {
  const route = useRoute((s) => s.route);
  return (
    <ScreenErrorBoundary resetKey={`${route.section}/${route.params.join('/')}`}>
      <Suspense fallback={<p className="empty">Loading…</p>}>
        <RoutedScreen />
      </Suspense>
    </ScreenErrorBoundary>
  );
}

function RoutedScreen() {
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
    case 'bulk':
      return <BulkScreen params={params} />;
    case 'batch':
      // #/batch/<id>: one batch's progress and results (any kind); every batch is listed under Bulk import.
      return params[0] ? <BatchProgressScreen params={params} /> : <BulkScreen params={params} />;
    default:
      return params[0] ? <AccountScreen params={params} /> : <AccountsScreen params={params} />;
  }
}
