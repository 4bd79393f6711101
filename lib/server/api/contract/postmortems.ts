// Contract calls of the postmortem and action-item endpoints, on a postmortem of their own.
import { postmortemOf } from "../../action-items/test-fixtures";
import type { ContractCall } from "./types";

export const calls: ContractCall[] = [
  { operationId: "listPostmortems", prepare: async () => ({ path: "/api/v1/postmortems", query: { take: "5" } }) },
  {
    operationId: "getPostmortem",
    prepare: async () => ({ path: `/api/v1/postmortems/${(await postmortemOf()).postmortem.id}` }),
  },
  {
    operationId: "listActionItems",
    prepare: async () => ({ path: "/api/v1/action-items", query: { status: "OPEN" } }),
  },
  {
    operationId: "createActionItem",
    status: 201,
    prepare: async ({ unique }) => ({
      path: "/api/v1/action-items",
      body: { postmortemId: (await postmortemOf()).postmortem.id, title: `Add an alert ${unique()}`, priority: "HIGH" },
    }),
  },
  {
    operationId: "updateActionItem",
    prepare: async ({ call, unique }) => {
      const { postmortem } = await postmortemOf();
      const item = (await call("createActionItem", {
        path: "/api/v1/action-items",
        body: { postmortemId: postmortem.id, title: `Fix the runbook ${unique()}` },
      })) as { id: string };
      return { path: `/api/v1/action-items/${item.id}`, body: { status: "WONT_DO", wontDoReason: "Superseded" } };
    },
  },
];
