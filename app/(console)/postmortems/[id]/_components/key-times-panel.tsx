// SEAM: this panel is not written yet.
export async function KeyTimesPanel({ postmortemId }: { postmortemId: string; editable: boolean }) {
  return (
    <section aria-label="Key times" data-postmortem={postmortemId}>
      <h2 className="text-lg font-semibold">Key times</h2>
    </section>
  );
}
