import "server-only";
import type { JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import type { HandlerOptions } from "./index";

/** An action item's due date has come: remind its owner that it is overdue (once), unless it is closed or was re-dated. */
export async function handleActionItemDue(
  _ctx: Ctx,
  _payload: JobPayload<"action-item-due">,
  _options?: HandlerOptions,
): Promise<void> {
  throw new Error("SEAM: action-item-due handler is not written yet");
}
