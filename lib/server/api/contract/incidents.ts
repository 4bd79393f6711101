import type { ContractCall, ContractTools } from "./types";

// Valid calls of the incident endpoints: list, declare, read one.

const declareBody = (tools: ContractTools) => ({
  title: `Contract incident ${tools.unique()}`,
  severity: "SEV3",
  componentSlugs: ["documentation-generation"],
  impact: "Docs build slow",
});

/** Declares an incident through the API and returns its number, for calls that need one. */
export async function declared(tools: ContractTools): Promise<number> {
  const incident = (await tools.call("declareIncident", {
    path: "/api/v1/incidents",
    body: declareBody(tools),
  })) as { number: number };
  return incident.number;
}

export const calls: ContractCall[] = [
  {
    operationId: "listIncidents",
    prepare: async (tools) => {
      await declared(tools);
      return { path: "/api/v1/incidents", query: { status: "OPEN", take: "5" } };
    },
  },
  {
    operationId: "declareIncident",
    status: 201,
    prepare: async (tools) => ({ path: "/api/v1/incidents", body: declareBody(tools) }),
  },
  {
    operationId: "getIncident",
    prepare: async (tools) => ({ path: `/api/v1/incidents/${await declared(tools)}` }),
  },
];
