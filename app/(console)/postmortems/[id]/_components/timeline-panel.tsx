// SEAM: this panel is not written yet.
export async function TimelinePanel({ postmortemId }: { postmortemId: string; editable: boolean }) {
  return (
    <section aria-label="The timeline" data-postmortem={postmortemId}>
      <h2 className="text-lg font-semibold">The timeline</h2>
    </section>
  );
}
