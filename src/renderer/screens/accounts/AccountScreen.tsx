import { ComingSoonScreen } from '../placeholder/ComingSoonScreen';

export function AccountScreen({ params }: { params: readonly string[] }) {
  void params;
  return <ComingSoonScreen title="Account" what="The account page is not built yet." />;
}
