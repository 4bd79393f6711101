// SEAM: this panel is not written yet.
export async function PlanVsRealityPanel({ postmortemId }: { postmortemId: string; editable: boolean }) {
  return (
    <section aria-label="Plan vs. reality" data-postmortem={postmortemId}>
      <h2 className="text-lg font-semibold">Plan vs. reality</h2>
    </section>
  );
}
