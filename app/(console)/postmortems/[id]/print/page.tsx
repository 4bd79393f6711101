import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Markdown } from "@/components/ui/markdown";
import { isDomainError } from "@/lib/domain/errors";
import type { Ctx } from "@/lib/server/context";
import { exportMarkdown } from "@/lib/server/postmortems/export-markdown";
import { requirePageCtx } from "@/lib/server/session";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Postmortem — print view" };

// Headings sized for reading on paper; tables that scroll on a phone print whole.
const DOCUMENT =
  "max-w-3xl [&_h1]:text-2xl [&_h2]:mt-6 [&_h2]:border-b [&_h2]:border-slate-200 [&_h2]:pb-1 [&_h2]:text-lg print:max-w-none print:[&_table]:table print:[&_table]:overflow-visible";

async function load(ctx: Ctx, id: string) {
  try {
    return await exportMarkdown(ctx, id);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

async function PrintedDocument({ ctx, id }: { ctx: Ctx; id: string }) {
  const { markdown } = await load(ctx, id);
  return <Markdown source={markdown} className={DOCUMENT} />;
}

/** The postmortem as one clean document: the same text as the Markdown download, without the console. */
export default async function PostmortemPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx("incident:read");
  const { id } = await params;
  return (
    <article>
      <p className="mb-4 flex flex-wrap items-center gap-4 print:hidden">
        <Link href={`/postmortems/${encodeURIComponent(id)}`} className="text-sm text-indigo-700 hover:underline">
          ← Back to the postmortem
        </Link>
        <PrintButton />
      </p>
      <Suspense
        fallback={
          <p role="status" className="text-sm text-slate-500">
            Loading the postmortem…
          </p>
        }
      >
        <PrintedDocument ctx={ctx} id={id} />
      </Suspense>
    </article>
  );
}
