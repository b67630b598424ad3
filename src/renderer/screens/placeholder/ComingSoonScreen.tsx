import { Screen } from '../../components/Screen';

/** A section whose screen is not built yet says so plainly instead of pretending. */
export function ComingSoonScreen({ title, what }: { title: string; what: string }) {
  return (
    <Screen title={title}>
      <p className="empty">{what}</p>
    </Screen>
  );
}
