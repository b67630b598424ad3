import { ComingSoonScreen } from '../placeholder/ComingSoonScreen';

export function SmsScreen({ params }: { params: readonly string[] }) {
  void params;
  return <ComingSoonScreen title="SMS" what="SMS numbers and sending is not built yet." />;
}
