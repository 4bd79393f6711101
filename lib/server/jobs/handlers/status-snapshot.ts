import "server-only";
import path from "node:path";
import type { JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import { db } from "../../db";
import { env } from "../../env";
import { writeSnapshot } from "../../status-page/write-snapshot";
import type { HandlerOptions } from "./index";

/** Where the snapshot goes: BRIDGE_STATUS_SNAPSHOT_DIR, else status-snapshot under the data directory. */
export function snapshotDir(): string {
  return path.resolve(env.BRIDGE_STATUS_SNAPSHOT_DIR ?? path.join(env.BRIDGE_DATA_DIR, "status-snapshot"));
}

// Rewrites the whole snapshot from the database as it is now, so running it twice, or late, or
// out of order is harmless: the last run always writes the latest published state.
export async function handleStatusSnapshot(
  ctx: Ctx,
  _payload: JobPayload<"status-snapshot">,
  options?: HandlerOptions,
): Promise<void> {
  const files = await writeSnapshot(options?.db ?? db, snapshotDir(), ctx.now);
  options?.log?.info({ files: files.length, dir: snapshotDir() }, "status snapshot written");
}
