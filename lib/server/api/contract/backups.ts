// Contract calls of the backup endpoints, on a data asset and policy of their own.
import { ownAsset } from "../../backups/test-fixtures";
import type { ContractCall } from "./types";

export const calls: ContractCall[] = [
  { operationId: "listBackupPolicies", prepare: async () => ({ path: "/api/v1/backups" }) },
  {
    operationId: "reportBackupVerification",
    status: 201,
    prepare: async ({ unique }) => {
      const { policy } = await ownAsset(60, null);
      return {
        path: "/api/v1/backups",
        headers: { "idempotency-key": `contract-${unique()}` },
        body: { policy: policy.key, verifiedAt: new Date().toISOString(), ok: true, note: "restore test" },
      };
    },
  },
];
