// SEAM: this panel is not written yet.
export async function ActionItemsPanel({ postmortemId }: { postmortemId: string; editable: boolean }) {
  return (
    <section aria-label="Action items" data-postmortem={postmortemId}>
      <h2 className="text-lg font-semibold">Action items</h2>
    </section>
  );
}
