import "server-only";
import { changeSeveritySchema, changeStatusSchema, handoverTargetSchema, noteSchema } from "@/lib/domain/incidents";
import { acknowledge } from "../../incidents/acknowledge";
import { addNote } from "../../incidents/add-note";
import { changeSeverity } from "../../incidents/change-severity";
import { changeStatus } from "../../incidents/change-status";
import { handOver } from "../../incidents/handover";
import { endpoint } from "../endpoint";
import { incidentIdByNumber } from "../find-incident";
import { commandThenRead, withIncident } from "../incident-command";
import { named } from "../schema-registry";
import { numberParams } from "../schemas/common";
import { Incident, NoteCreated } from "../schemas/incidents";

// Working an incident: acknowledging, moving its status and severity, notes, handing over command.
// The body was checked against the same schema (without the path's incident) before the handler;
// the service validates it again with the incident and writes the audit row.

const tag = "Incidents";
const after = (what: string) => ({ 200: { description: `The incident after ${what}`, schema: Incident } });

export const acknowledgeIncident = endpoint({
  method: "POST",
  path: "/api/v1/incidents/{number}/acknowledge",
  operationId: "acknowledgeIncident",
  summary: "Acknowledge, stopping escalation",
  description: "Send no body, or `{}`. Acknowledging twice is 409.",
  tag,
  scope: "incidents:write",
  params: numberParams,
  errors: [404, 409],
  responses: after("acknowledging"),
  handler: (ctx, { params }) =>
    commandThenRead(ctx, params.number, "incident:respond", (incidentId) => acknowledge(ctx, { incidentId })),
});

export const changeIncidentStatus = endpoint({
  method: "POST",
  path: "/api/v1/incidents/{number}/status",
  operationId: "changeIncidentStatus",
  summary: "Change status",
  description:
    "INVESTIGATING → IDENTIFIED → MONITORING → RESOLVED; RESOLVED → INVESTIGATING reopens. An illegal move is 409.",
  tag,
  scope: "incidents:write",
  params: numberParams,
  body: named("ChangeStatus", changeStatusSchema.omit({ incidentId: true })),
  errors: [404, 409],
  responses: after("the change"),
  handler: (ctx, { params, raw }) =>
    commandThenRead(ctx, params.number, "incident:respond", (incidentId) =>
      changeStatus(ctx, withIncident(raw, incidentId)),
    ),
});

export const changeIncidentSeverity = endpoint({
  method: "POST",
  path: "/api/v1/incidents/{number}/severity",
  operationId: "changeIncidentSeverity",
  summary: "Change severity",
  description:
    "Re-plans the notification matrix from now for the new severity. The same severity, or a resolved incident, is 409.",
  tag,
  scope: "incidents:write",
  params: numberParams,
  body: named("ChangeSeverity", changeSeveritySchema.omit({ incidentId: true })),
  errors: [404, 409],
  responses: after("the change"),
  handler: (ctx, { params, raw }) =>
    commandThenRead(ctx, params.number, "incident:command", (incidentId) =>
      changeSeverity(ctx, withIncident(raw, incidentId)),
    ),
});

export const handOverIncident = endpoint({
  method: "POST",
  path: "/api/v1/incidents/{number}/handover",
  operationId: "handOverIncident",
  summary: "Hand over command",
  description:
    "Name the new commander by `commanderId` or `commanderEmail`: an active user who is not a stakeholder. Handing to the current commander is 409.",
  tag,
  scope: "incidents:write",
  params: numberParams,
  body: named("Handover", handoverTargetSchema),
  errors: [404, 409],
  responses: after("the handover"),
  handler: (ctx, { params, raw }) =>
    commandThenRead(ctx, params.number, "incident:command", (incidentId) =>
      handOver(ctx, withIncident(raw, incidentId)),
    ),
});

export const addIncidentNote = endpoint({
  method: "POST",
  path: "/api/v1/incidents/{number}/notes",
  operationId: "addIncidentNote",
  summary: "Add a timeline note",
  tag,
  scope: "incidents:write",
  params: numberParams,
  body: named("Note", noteSchema.omit({ incidentId: true })),
  errors: [404],
  responses: { 201: { description: "Added", schema: NoteCreated } },
  handler: async (ctx, { params, raw }) => {
    const incidentId = await incidentIdByNumber(ctx, String(params.number), "incident:respond");
    const note = await addNote(ctx, withIncident(raw, incidentId));
    return { status: 201, body: { number: params.number, message: note.message, at: ctx.now } };
  },
});
