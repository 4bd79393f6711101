// SEAM: this panel is not written yet.
export async function ReviewPanel({ postmortemId }: { postmortemId: string; editable: boolean }) {
  return (
    <section aria-label="Review" data-postmortem={postmortemId}>
      <h2 className="text-lg font-semibold">Review</h2>
    </section>
  );
}
