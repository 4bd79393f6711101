import "server-only";
import { userCtx } from "../../context";
import { createGroup } from "../../matrix/create-group";
import { createPolicy } from "../../policies/create";
import type { ContractCall, ContractTools } from "./types";

// One valid call for each configuration endpoint: escalation policies and the notification matrix.
// Writes work on a policy and a group made for the call, so the seeded configuration stays as it is.

type Policy = { id: string; name: string; repeatCount: number; levels: object[] };

async function newPolicy({ admin, unique }: ContractTools) {
  const level = {
    name: "On call",
    escalateAfterMinutes: 15,
    targets: [{ kind: "EMAIL", email: "oncall@example.com" }],
  };
  return createPolicy(userCtx(admin), { name: `Contract policy ${unique()}`, repeatCount: 0, levels: [level] });
}

async function newGroup({ admin, unique }: ContractTools) {
  const key = `contract_${unique()
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_")}`;
  return createGroup(userCtx(admin), { key, name: `Contract group ${key}` });
}

async function newRule(tools: ContractTools) {
  const group = await newGroup(tools);
  const rule = (await tools.call("addNotificationRule", {
    path: "/api/v1/notification-matrix/rules",
    body: { severity: "SEV3", withinMinutes: 60, groupId: group.id },
  })) as { id: string };
  return rule.id;
}

export const calls: ContractCall[] = [
  { operationId: "listEscalationPolicies", prepare: async () => ({ path: "/api/v1/escalation-policies" }) },
  {
    operationId: "getEscalationPolicy",
    prepare: async (tools) => ({ path: `/api/v1/escalation-policies/${(await newPolicy(tools)).id}` }),
  },
  {
    operationId: "saveEscalationPolicy",
    prepare: async (tools) => {
      const { id } = await newPolicy(tools);
      const policy = (await tools.call("getEscalationPolicy", { path: `/api/v1/escalation-policies/${id}` })) as Policy;
      return {
        path: `/api/v1/escalation-policies/${id}`,
        body: { name: policy.name, repeatCount: 1, levels: policy.levels },
      };
    },
  },
  { operationId: "getNotificationMatrix", prepare: async () => ({ path: "/api/v1/notification-matrix" }) },
  {
    operationId: "addNotificationRule",
    status: 201,
    prepare: async (tools) => ({
      path: "/api/v1/notification-matrix/rules",
      body: { severity: "SEV1", withinMinutes: 15, groupId: (await newGroup(tools)).id, autoSend: true },
    }),
  },
  {
    operationId: "updateNotificationRule",
    prepare: async (tools) => ({
      path: `/api/v1/notification-matrix/rules/${await newRule(tools)}`,
      body: { withinMinutes: 30 },
    }),
  },
  {
    operationId: "removeNotificationRule",
    status: 204,
    prepare: async (tools) => ({ path: `/api/v1/notification-matrix/rules/${await newRule(tools)}` }),
  },
];
