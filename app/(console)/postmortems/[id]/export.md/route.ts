// GET /postmortems/[id]/export.md — the postmortem as a Markdown file to download
import { apiHandler } from "@/lib/server/route";
import { exportMarkdown } from "@/lib/server/postmortems/export-markdown";

export const dynamic = "force-dynamic";

export const GET = apiHandler<{ id: string }>(async (ctx, _request, { id }) => {
  const { markdown, fileName } = await exportMarkdown(ctx, id);
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
});
