/** "Draft X discarded." with Undo, for each draft waiting out its Undo time. */
export function DiscardedDraftsNote({
  discarded,
  onUndo,
}: {
  discarded: readonly { id: string; name: string }[];
  onUndo: (id: string) => void;
}) {
  return (
    <div role="status" className="discarded-drafts" data-testid="discarded-drafts">
      {discarded.map((d) => (
        <p key={d.id} className="note discarded-drafts__item">
          <span>Draft “{d.name}” discarded.</span>
          <button type="button" className="button" onClick={() => onUndo(d.id)}>
            Undo
          </button>
        </p>
      ))}
    </div>
  );
}
