// Contract calls of the service-level endpoints: the seeded plan's SLOs and data assets.
import type { ContractCall } from "./types";

const MIN = 60_000;

export const calls: ContractCall[] = [
  {
    operationId: "pushSliSamples",
    prepare: async () => {
      // A random second of a recent minute, so a rerun on the same database is not all duplicates.
      const at = new Date(Math.floor(Date.now() / MIN) * MIN - 2 * MIN + Math.floor(Math.random() * 59) * 1000);
      return {
        path: "/api/v1/sli",
        body: { samples: [{ slo: "availability", at: at.toISOString(), good: 999, total: 1000 }] },
      };
    },
  },
  {
    operationId: "reportReplicationLag",
    prepare: async () => ({ path: "/api/v1/replication-lag", body: { asset: "code-repository", lagSeconds: 1.5 } }),
  },
  { operationId: "listSlos", prepare: async () => ({ path: "/api/v1/slos" }) },
  {
    operationId: "listSloSamples",
    prepare: async () => ({
      path: "/api/v1/slos/availability/samples",
      query: { from: new Date(Date.now() - 60 * MIN).toISOString(), take: "10" },
    }),
  },
];
