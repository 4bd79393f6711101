import "server-only";
import type { JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import type { HandlerOptions } from "./index";

/** Evaluates SLO alert rules (being built: evaluates nothing yet). */
export async function handleSloEvaluate(
  _ctx: Ctx,
  _payload: JobPayload<"slo-evaluate">,
  _options?: HandlerOptions,
): Promise<void> {}
