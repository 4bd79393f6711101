import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { incidentValues } from "@/lib/domain/incident-values";
import { render } from "@/lib/domain/templates";
import { appUrl } from "../app-url";

/** Renders a template's current version (by default the initial or resolution notification) for an incident. */
export async function renderForIncident(tx: Tx, incidentId: string, templateId: string | null, now: Date) {
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: incidentId },
    include: {
      commander: true,
      components: { include: { component: { include: { service: true } } } },
      statusUpdates: { orderBy: { publishedAt: "desc" }, take: 1 },
    },
  });
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
  const values = incidentValues(
    {
      ...incident,
      commanderName: incident.commander?.name ?? null,
      serviceName: incident.components[0]?.component.service.name ?? "Service",
      nextUpdateAt: incident.statusUpdates[0]?.nextUpdateAt ?? null,
    },
    now,
  );
  const subject = render(version?.subject ?? "Incident #{incident_number}: {incident_title}", values);
  const body = render(version?.body ?? "Status: {status}\nImpact: {impact_description}", values);
  const shortText = render(version?.shortText ?? "", values);
  return {
    incident,
    templateKey: template?.key ?? null,
    templateId: template?.id ?? null,
    templateVersion: version?.version ?? null,
    subject: subject.text,
    body: `${body.text}\n\n${appUrl(`/status/incidents/${incident.id}`)}`,
    shortText: shortText.text,
    missing: [...new Set([...subject.missing, ...body.missing, ...shortText.missing])],
  };
}
