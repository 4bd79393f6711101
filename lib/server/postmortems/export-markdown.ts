import "server-only";
import { markdownFileName } from "@/lib/domain/postmortem/markdown";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { loadPostmortemDocument } from "./document";

/** The postmortem as a Markdown file: the same text as the print view and each publication. */
export async function exportMarkdown(ctx: Ctx, postmortemId: string) {
  authorize(ctx, "incident:read");
  const { document, markdown, incidentNumber } = await loadPostmortemDocument(db, postmortemId);
  return { document, markdown, fileName: markdownFileName(incidentNumber) };
}
