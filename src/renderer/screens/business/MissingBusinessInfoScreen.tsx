import { ComingSoonScreen } from '../placeholder/ComingSoonScreen';

export function MissingBusinessInfoScreen({ params }: { params: readonly string[] }) {
  void params;
  return (
    <ComingSoonScreen title="Missing business info" what="The Missing Business Info form is not built yet." />
  );
}
