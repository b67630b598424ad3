import { ComingSoonScreen } from '../placeholder/ComingSoonScreen';

export function AccountsScreen({ params }: { params: readonly string[] }) {
  void params;
  return <ComingSoonScreen title="Accounts" what="The accounts list is not built yet." />;
}
