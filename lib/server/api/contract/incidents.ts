import type { ContractCall, ContractTools } from "./types";

// One valid request per incidents-family endpoint. GET and POST /api/v1/users answer a token with
// 403 as documented: managing people is for admins signed in (e2e/api-session.spec.ts checks
// their signed-in answers against the document), and no token scope grants it.

/** Declares a fresh incident through the API and returns its number. */
async function declared(tools: ContractTools, slug = "documentation-generation"): Promise<number> {
  const incident = (await tools.call("declareIncident", {
    path: "/api/v1/incidents",
    body: { title: `Contract ${tools.unique()}`, severity: "SEV2", componentSlugs: [slug], impact: "Contract call" },
  })) as { number: number };
  return incident.number;
}

/** A request to `tail` under a freshly declared incident. */
const on = async (tools: ContractTools, tail: string, body?: unknown) => ({
  path: `/api/v1/incidents/${await declared(tools)}${tail}`,
  ...(body === undefined ? {} : { body }),
});

export const calls: ContractCall[] = [
  {
    operationId: "listIncidents",
    prepare: async () => ({ path: "/api/v1/incidents", query: { status: "OPEN", take: "5" } }),
  },
  {
    operationId: "declareIncident",
    status: 201,
    prepare: async (tools) => ({
      path: "/api/v1/incidents",
      body: { title: `Contract ${tools.unique()}`, severity: "SEV3", componentSlugs: ["ci-cd-pipeline"] },
    }),
  },
  { operationId: "getIncident", prepare: (tools) => on(tools, "") },
  { operationId: "getIncidentTimeline", prepare: (tools) => on(tools, "/timeline") },
  { operationId: "acknowledgeIncident", prepare: (tools) => on(tools, "/acknowledge", {}) },
  {
    operationId: "changeIncidentStatus",
    prepare: (tools) => on(tools, "/status", { status: "IDENTIFIED", note: "Found it" }),
  },
  { operationId: "changeIncidentSeverity", prepare: (tools) => on(tools, "/severity", { severity: "SEV1" }) },
  {
    operationId: "handOverIncident",
    prepare: (tools) => on(tools, "/handover", { commanderEmail: tools.admin.email }),
  },
  {
    operationId: "addIncidentNote",
    status: 201,
    prepare: (tools) => on(tools, "/notes", { message: "Contract note" }),
  },
  { operationId: "listStatusUpdates", prepare: (tools) => on(tools, "/status-updates") },
  {
    operationId: "postStatusUpdate",
    status: 201,
    prepare: (tools) =>
      on(tools, "/status-updates", {
        status: "INVESTIGATING",
        message: "We are looking into slow documentation builds.",
        public: true,
        nextUpdate: "30",
      }),
  },
  {
    operationId: "setIncidentComponentState",
    prepare: (tools) => on(tools, "/components/documentation-generation/state", { state: "PARTIAL_OUTAGE" }),
  },
  { operationId: "listComponents", prepare: async () => ({ path: "/api/v1/components" }) },
  {
    operationId: "overrideComponent",
    // Clearing an override (null) leaves the page as incidents make it, whatever ran before.
    prepare: async () => ({ path: "/api/v1/components/ci-cd-pipeline/override", body: { state: null } }),
  },
  { operationId: "listUsers", status: 403, prepare: async () => ({ path: "/api/v1/users" }) },
  {
    operationId: "createUser",
    status: 403,
    prepare: async (tools) => ({
      path: "/api/v1/users",
      body: {
        email: `contract-${tools.unique()}@example.com`,
        name: "Contract",
        role: "RESPONDER",
        password: "a-long-enough-password",
      },
    }),
  },
];
