import "server-only";
import type { JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import type { HandlerOptions } from "./index";

// SEAM: replaced by the module that owns this kind; nothing produces it yet.
export async function handleStatusSnapshot(
  _ctx: Ctx,
  _payload: JobPayload<"status-snapshot">,
  _options?: HandlerOptions,
): Promise<void> {
  throw new Error("status-snapshot is not built yet");
}
