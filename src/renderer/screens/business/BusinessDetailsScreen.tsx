import { ComingSoonScreen } from '../placeholder/ComingSoonScreen';

export function BusinessDetailsScreen({ params }: { params: readonly string[] }) {
  void params;
  return <ComingSoonScreen title="Business details" what="Partner business details is not built yet." />;
}
