import "server-only";
import type { ContractCall, ContractTools } from "./types";

// One valid call for each endpoint of the DR programme: tests, their runs, scenarios and risks.

type Page<T> = { items: T[] };

/** A DR test of the seeded plan, with the criteria a recorded run must give outcomes for. */
async function someTest({ call }: ContractTools) {
  const { items } = (await call("listDrTests", { path: "/api/v1/dr/tests" })) as Page<{ key: string }>;
  const key = items[0].key;
  return (await call("getDrTest", { path: `/api/v1/dr/tests/${key}` })) as { key: string; criteria: string[] };
}

async function newRisk({ call, unique }: ContractTools) {
  const risk = (await call("createRisk", {
    path: "/api/v1/risks",
    body: {
      title: `Contract risk ${unique()}`,
      probability: "LOW",
      impact: "HIGH",
      mitigationPriority: "MEDIUM",
      mitigation: "",
    },
  })) as { id: string };
  return risk.id;
}

export const calls: ContractCall[] = [
  { operationId: "listDrTests", prepare: async () => ({ path: "/api/v1/dr/tests" }) },
  {
    operationId: "getDrTest",
    prepare: async (tools) => ({ path: `/api/v1/dr/tests/${(await someTest(tools)).key}` }),
  },
  {
    operationId: "listDrTestRuns",
    prepare: async (tools) => ({ path: `/api/v1/dr/tests/${(await someTest(tools)).key}/runs` }),
  },
  {
    operationId: "recordDrTestRun",
    status: 201,
    prepare: async (tools) => {
      const test = await someTest(tools);
      return {
        path: `/api/v1/dr/tests/${test.key}/runs`,
        body: {
          startedAt: "2026-11-30T09:00:00Z",
          completedAt: "2026-11-30T09:30:00Z",
          actualRtoMinutes: 1,
          actualRpoMinutes: 0,
          criteria: test.criteria.map((criterion) => ({ criterion, outcome: "met" })),
          notes: "Recorded by the contract test",
        },
      };
    },
  },
  { operationId: "listDrScenarios", prepare: async () => ({ path: "/api/v1/dr/scenarios" }) },
  { operationId: "listRisks", prepare: async () => ({ path: "/api/v1/risks", query: { overdue: "false" } }) },
  {
    operationId: "createRisk",
    status: 201,
    prepare: async ({ unique }) => ({
      path: "/api/v1/risks",
      body: {
        title: `Contract risk ${unique()}`,
        probability: "MEDIUM",
        impact: "CRITICAL",
        mitigationPriority: "HIGH",
        mitigation: "A second-region copy",
        reviewDueAt: "2099-12-31",
      },
    }),
  },
  {
    operationId: "updateRisk",
    prepare: async (tools) => ({ path: `/api/v1/risks/${await newRisk(tools)}`, body: { probability: "HIGH" } }),
  },
  {
    operationId: "deleteRisk",
    status: 204,
    prepare: async (tools) => ({ path: `/api/v1/risks/${await newRisk(tools)}` }),
  },
  {
    operationId: "reviewRisk",
    prepare: async (tools) => ({
      path: `/api/v1/risks/${await newRisk(tools)}/review`,
      body: { nextReviewDueAt: "2099-06-30" },
    }),
  },
];
