import "server-only";
import type { JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import type { HandlerOptions } from "./index";

/** One run of a health check (being built: records nothing yet). */
export async function handleHealthCheck(
  _ctx: Ctx,
  _payload: JobPayload<"health-check">,
  _options?: HandlerOptions,
): Promise<void> {}
