import "server-only";
import { z } from "zod";
import { overrideSchema } from "@/lib/domain/status-page-input";
import { listComponents } from "../../status-page/list-components";
import { overrideComponent } from "../../status-page/override-component";
import { endpoint } from "../endpoint";
import { named } from "../schema-registry";
import { componentIdBySlug } from "../find-component";
import { ComponentList, ComponentOverride } from "../schemas/status";

// The status page's components: what it shows for each now, and a commander's override.

const tag = "Status";

export const listStatusComponents = endpoint({
  method: "GET",
  path: "/api/v1/components",
  operationId: "listComponents",
  summary: "List components with their public state",
  description: "Every component, in status-page order, with the state the page shows now.",
  tag,
  scope: "incidents:read",
  responses: { 200: { description: "The components", schema: ComponentList } },
  handler: async (ctx) => ({ body: { items: await listComponents(ctx) } }),
});

export const overrideStatusComponent = endpoint({
  method: "PUT",
  path: "/api/v1/components/{slug}/override",
  operationId: "overrideComponent",
  summary: "Override a component's public state",
  description: "Shows `state` on the status page whatever incidents and maintenance imply; `null` derives it again.",
  tag,
  scope: "status:write",
  params: z.object({ slug: z.string().min(1).max(200).describe("The component's slug.") }),
  body: named("OverrideComponent", overrideSchema.pick({ state: true })),
  errors: [404],
  responses: { 200: { description: "The component's override", schema: ComponentOverride } },
  handler: async (ctx, { params, raw }) => {
    const componentId = await componentIdBySlug(ctx, params.slug, "incident:command");
    return { body: await overrideComponent(ctx, { ...(raw as object), componentId }) };
  },
});
