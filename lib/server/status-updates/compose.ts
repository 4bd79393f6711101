import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { STATUS_PLAIN, type IncidentStatus } from "@/lib/domain/incident-status";
import { ID_MAX, optionalText, text } from "@/lib/domain/text";
import { z } from "zod";
import type { Tx } from "@/lib/db/create-client";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { renderForIncident } from "../notify/render-for-incident";
import { parseInput } from "../validate";

const previewSchema = z.object({ incidentId: text(ID_MAX).min(1), templateId: optionalText(ID_MAX) });

/** Templates written for this state come first; the first of them is suggested. */
async function templatesFor(tx: Tx, status: IncidentStatus) {
  const templates = await tx.communicationTemplate.findMany({
    where: { archivedAt: null },
    select: { id: true, key: true, name: true, state: true },
    orderBy: { name: "asc" },
  });
  const fits = templates.filter((t) => t.state === status);
  // Until templates name their states, the plan's two still fit: the resolution one once resolved.
  const fallback = templates.find(
    (t) => t.key === (status === "RESOLVED" ? "resolution_notification" : "initial_notification"),
  );
  const suggested = fits[0] ?? fallback ?? templates[0] ?? null;
  return {
    suggestedId: suggested?.id ?? null,
    templates: [...fits, ...templates.filter((t) => t.state !== status)].map((t) => ({
      id: t.id,
      name: t.name,
      suggested: t.id === suggested?.id,
    })),
  };
}

/** A template rendered for the incident as the dialog starts from it; missing values stay `{named}`. */
async function preview(tx: Tx, incidentId: string, templateId: string | null, now: Date) {
  const rendered = await renderForIncident(tx, incidentId, templateId, now);
  const status = rendered.incident.status;
  // The public text comes from a template written for the public (the chosen one, else the state's
  // public one): never the e-mail body, which names people and internals the status page must not show.
  const publicTemplate =
    rendered.audience === "PUBLIC"
      ? null
      : await tx.communicationTemplate.findFirst({
          where: { state: status, audience: "PUBLIC", archivedAt: null },
          orderBy: { name: "asc" },
        });
  const publicRender = publicTemplate ? await renderForIncident(tx, incidentId, publicTemplate.id, now) : null;
  const message = rendered.audience === "PUBLIC" ? rendered.text : (publicRender?.text ?? STATUS_PLAIN[status]);
  return {
    templateId: rendered.templateId,
    templateVersion: rendered.templateVersion,
    subject: rendered.subject,
    body: rendered.body,
    shortText: rendered.short,
    message,
    missing: [...new Set([...rendered.missing, ...(publicRender?.missing ?? [])])],
  };
}
export type UpdatePreview = Awaited<ReturnType<typeof preview>>;

function readOnly<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET TRANSACTION READ ONLY`;
    return work(tx);
  });
}

/** Everything the "Post an update" dialog starts from: templates, the suggested one rendered, groups, components. */
export async function composeUpdate(ctx: Ctx, incidentId: string) {
  authorize(ctx, "incident:command");
  return readOnly(async (tx) => {
    const incident = await tx.incident.findUnique({
      where: { id: incidentId },
      include: { components: { include: { component: { select: { id: true, name: true } } } } },
    });
    if (!incident) throw new DomainError("NOT_FOUND", "No such incident");
    const { templates, suggestedId } = await templatesFor(tx, incident.status);
    const groups = await tx.stakeholderGroup.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, _count: { select: { members: true } } },
    });
    return {
      templates,
      preview: await preview(tx, incident.id, suggestedId, ctx.now),
      groups: groups.map((g) => ({ id: g.id, name: g.name, members: g._count.members })),
      components: incident.components.map((c) => ({ ...c.component, publicState: c.publicState })),
      publicTitle: incident.publicTitle ?? incident.title,
      published: incident.publishedAt !== null,
    };
  });
}
export type Compose = Awaited<ReturnType<typeof composeUpdate>>;

/** The chosen template rendered for the incident; read-only. */
export async function previewUpdate(ctx: Ctx, input: unknown): Promise<UpdatePreview> {
  authorize(ctx, "incident:command");
  const { incidentId, templateId } = parseInput(previewSchema, input);
  return readOnly((tx) => preview(tx, incidentId, templateId ?? null, ctx.now));
}
