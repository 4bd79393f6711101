import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { incidentValues } from "@/lib/domain/incident-values";
import { escapeHtml } from "@/lib/domain/html";
import { renderTemplate } from "@/lib/domain/template-render";
import { appUrl } from "../app-url";
import { loadIncidentFacts } from "../templates/incident-facts";

const FALLBACK = {
  subject: "Incident #{incident_number}: {incident_title}",
  body: "Status: {status}\nImpact: {impact_description}",
  shortText: "",
};

/**
 * Renders a template's current version (by default the initial or resolution notification) for an
 * incident, in every channel's variant: `body` is the plain text, `html` the escaped HTML body,
 * `short` the one-line text for webhooks and chat. Each ends with a link to the incident's status page.
 */
export async function renderForIncident(tx: Tx, incidentId: string, templateId: string | null, now: Date) {
  const { incident, facts } = await loadIncidentFacts(tx, { id: incidentId });
  const chosen = templateId ? await tx.communicationTemplate.findUnique({ where: { id: templateId } }) : null;
  // Once resolved, an initial notification would announce an outage that is over: say it is resolved.
  const resolved = incident.status === "RESOLVED";
  const template =
    chosen && !(resolved && chosen.key === "initial_notification")
      ? chosen
      : await tx.communicationTemplate.findUnique({
          where: { key: resolved ? "resolution_notification" : "initial_notification" },
        });
  const version = template
    ? await tx.templateVersion.findUnique({
        where: { templateId_version: { templateId: template.id, version: template.currentVersion } },
      })
    : null;
  const rendered = renderTemplate(version ?? FALLBACK, incidentValues(facts, now));
  const link = appUrl(`/status/incidents/${incident.id}`);
  return {
    incident,
    templateKey: template?.key ?? null,
    audience: template?.audience ?? null,
    templateId: template?.id ?? null,
    templateVersion: version?.version ?? null,
    subject: rendered.subject,
    /** The body as written, without the link. */
    text: rendered.text,
    body: `${rendered.text}\n\n${link}`,
    html: `${rendered.html}\n<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    short: rendered.short,
    missing: rendered.missing,
    unknown: rendered.unknown,
  };
}
