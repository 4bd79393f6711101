import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Ctx } from "../context";
import type { BridgeEvent } from "../events";
import { emit } from "../events";
import { scheduleStatusSnapshot } from "./schedule-snapshot";

/** The event every status-page change emits: the public page's cache and open pages react to it. */
export const STATUS_PAGE_CHANGED: BridgeEvent = { type: "status-page.changed" };

/** What each change to the public page does besides its own write: rewrite the static snapshot. */
export async function publicPageChanged(tx: Tx, ctx: Ctx): Promise<void> {
  await scheduleStatusSnapshot(tx, ctx.now);
}

/** An incident's public face changed: only once it is published does the page show it, and need rewriting. */
export async function publicIncidentChanged(tx: Tx, ctx: Ctx, incident: { id: string; publishedAt: Date | null }) {
  if (!incident.publishedAt) return;
  await scheduleStatusSnapshot(tx, ctx.now);
  await emit(tx, { type: "status-page.changed", id: incident.id });
}
