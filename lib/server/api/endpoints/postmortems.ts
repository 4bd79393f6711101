import "server-only";
import { z } from "zod";
import { actionItemPageSchema } from "@/lib/domain/action-items";
import { postmortemPageSchema } from "@/lib/domain/postmortem/page-query";
import { ID_MAX } from "@/lib/domain/text";
import { createActionItem as createItem } from "../../action-items/create";
import { listActionItemPage } from "../../action-items/list-page";
import { patchActionItem } from "../../action-items/patch";
import { getPostmortem as readPostmortem } from "../../postmortems/get";
import { getKeyTimes } from "../../postmortems/get-key-times";
import { listPostmortemPage } from "../../postmortems/list-page";
import { readActionItem } from "../read-action-item";
import { endpoint } from "../endpoint";
import { actionItemJson, postmortemJson, postmortemSummaryJson } from "../postmortem-json";
import {
  ActionItem,
  ActionItemPage,
  CreateActionItem,
  PatchActionItem,
  Postmortem,
  PostmortemPage,
} from "../schemas/postmortems";

// Postmortems (read) and their action items (list, create, update).

const tag = "Postmortems";
const idParams = (what: string) => z.object({ id: z.string().min(1).max(ID_MAX).describe(`The ${what}'s id.`) });

export const listPostmortems = endpoint({
  method: "GET",
  path: "/api/v1/postmortems",
  operationId: "listPostmortems",
  summary: "List postmortems",
  description: "Newest first; `status` keeps one status.",
  tag,
  scope: "postmortems:read",
  query: postmortemPageSchema,
  responses: { 200: { description: "A page of postmortems", schema: PostmortemPage } },
  handler: async (ctx, { query }) => {
    const page = await listPostmortemPage(ctx, query);
    return { body: { items: page.items.map(postmortemSummaryJson), nextCursor: page.nextCursor } };
  },
});

export const getPostmortem = endpoint({
  method: "GET",
  path: "/api/v1/postmortems/{id}",
  operationId: "getPostmortem",
  summary: "Read one postmortem",
  description: "Its status, sections and the five key times in force.",
  tag,
  scope: "postmortems:read",
  params: idParams("postmortem"),
  errors: [404],
  responses: { 200: { description: "The postmortem", schema: Postmortem } },
  handler: async (ctx, { params }) => {
    const postmortem = await readPostmortem(ctx, params.id);
    return { body: postmortemJson(postmortem, await getKeyTimes(ctx, postmortem.id)) };
  },
});

export const listActionItems = endpoint({
  method: "GET",
  path: "/api/v1/action-items",
  operationId: "listActionItems",
  summary: "List action items",
  description:
    "Across postmortems and DR test runs, oldest first, filtered like /action-items: `ownerId`, `status` " +
    "(repeat for several), `overdue=true` (open and past its due day), `componentId`, `postmortemId`.",
  tag,
  scope: "postmortems:read",
  query: actionItemPageSchema,
  responses: { 200: { description: "A page of action items", schema: ActionItemPage } },
  handler: async (ctx, { query }) => {
    const page = await listActionItemPage(ctx, query);
    return { body: { items: page.items.map((i) => actionItemJson(i, ctx.now)), nextCursor: page.nextCursor } };
  },
});

export const createActionItem = endpoint({
  method: "POST",
  path: "/api/v1/action-items",
  operationId: "createActionItem",
  summary: "Add an action item to a postmortem",
  description:
    "The postmortem must not be published (a published one gets new items in a new revision). The owner " +
    "(an active responder or above) is told; the due day gets its overdue reminder.",
  tag,
  scope: "postmortems:write",
  body: CreateActionItem,
  errors: [404, 409],
  responses: { 201: { description: "The new item", schema: ActionItem } },
  handler: async (ctx, { raw }) => {
    const item = await createItem(ctx, raw);
    return { status: 201, body: await readActionItem(ctx, item.id) };
  },
});

export const updateActionItem = endpoint({
  method: "PATCH",
  path: "/api/v1/action-items/{id}",
  operationId: "updateActionItem",
  summary: "Update an action item",
  description:
    "Changes only the fields sent: status (`WONT_DO` needs `wontDoReason`), owner and due date (null clears " +
    "them), priority, title. Items stay editable after their postmortem is published.",
  tag,
  scope: "postmortems:write",
  params: idParams("action item"),
  body: PatchActionItem,
  errors: [404],
  responses: { 200: { description: "The item as now stored", schema: ActionItem } },
  handler: async (ctx, { params, raw }) => {
    await patchActionItem(ctx, { ...(raw as object), id: params.id });
    return { body: await readActionItem(ctx, params.id) };
  },
});
