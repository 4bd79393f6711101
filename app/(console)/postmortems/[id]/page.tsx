import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, Suspense, type ReactNode } from "react";
import { PanelBoundary } from "@/components/shell/error-notice";
import { IncidentBudgetPanel } from "@/components/slo/incident-budget-panel";
import { Skeleton } from "@/components/ui/skeleton";
import { isDomainError } from "@/lib/domain/errors";
import { DOCUMENT_ORDER, SECTION_KEYS, type SectionKey } from "@/lib/domain/postmortem-status";
import { getPostmortem } from "@/lib/server/postmortems/get";
import { refreshAssembly } from "@/lib/server/postmortems/refresh-assembly";
import { requirePageCtx } from "@/lib/server/session";
import { ActionItemsPanel } from "./_components/action-items-panel";
import { KeyTimesPanel } from "./_components/key-times-panel";
import { PlanVsRealityPanel } from "./_components/plan-vs-reality-panel";
import { PostmortemHeader } from "./_components/postmortem-header";
import { ReviewPanel } from "./_components/review-panel";
import { SectionBlock } from "./_components/section-block";
import { TimelinePanel } from "./_components/timeline-panel";

type Params = Promise<{ id: string }>;

// One read per request, shared by the metadata and the page.
const load = cache(async (id: string) => {
  const ctx = await requirePageCtx("incident:read");
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) notFound();
  try {
    return { ctx, view: await getPostmortem(ctx, id) };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { view } = await load((await params).id);
  return { title: `Postmortem: ${view.incident.title}` };
}

/** One panel of the document: streamed behind a named loading state, failing on its own. */
function Panel({ what, children }: { what: string; children: ReactNode }) {
  return (
    <PanelBoundary what={what}>
      <Suspense fallback={<Skeleton label={`Loading ${what.toLowerCase()}`} />}>{children}</Suspense>
    </PanelBoundary>
  );
}

const isSection = (part: string): part is SectionKey => (SECTION_KEYS as readonly string[]).includes(part);

export default async function PostmortemPage({ params }: { params: Params }) {
  const { id } = await params;
  const { ctx, view } = await load(id);
  if (view.editable) {
    // Events recorded since the last visit join the timeline before it is read; a failure here
    // must not keep anyone from the text.
    await refreshAssembly(ctx, id).catch((error) => console.error("Postmortem assembly failed:", error));
  }
  const panel = { postmortemId: view.id, editable: view.editable };
  const sectionOf = new Map(view.sections.map((s) => [s.key, s]));

  const parts = DOCUMENT_ORDER.map((part) => {
    if (isSection(part))
      return <SectionBlock key={part} postmortemId={view.id} section={sectionOf.get(part)!} editable={view.editable} />;
    if (part === "TIMELINE")
      return (
        <div key={part} className="space-y-6">
          <Panel what="Timeline">
            <TimelinePanel {...panel} />
          </Panel>
          <Panel what="Key times">
            <KeyTimesPanel {...panel} />
          </Panel>
          <Panel what="Error budget spent">
            <IncidentBudgetPanel ctx={ctx} incidentId={view.incident.id} />
          </Panel>
          <Panel what="Plan vs. reality">
            <PlanVsRealityPanel {...panel} />
          </Panel>
        </div>
      );
    return (
      <Panel key={part} what="Action items">
        <ActionItemsPanel {...panel} />
      </Panel>
    );
  });

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/postmortems" className="text-indigo-700 underline-offset-2 hover:underline">
          Postmortems
        </Link>
      </nav>
      <div className="space-y-6">
        <PostmortemHeader view={view} />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] [&>*]:min-w-0">
          <aside className="space-y-6 lg:order-2" aria-label="Review and publication">
            <Panel what="Review">
              <ReviewPanel {...panel} />
            </Panel>
          </aside>
          <div className="space-y-6 lg:order-1">{parts}</div>
        </div>
      </div>
    </>
  );
}
