import "server-only";
import type { JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import type { HandlerOptions } from "./index";

/** Announces new RPO breaches (being built: announces nothing yet). */
export async function handleRpoWatch(
  _ctx: Ctx,
  _payload: JobPayload<"rpo-watch">,
  _options?: HandlerOptions,
): Promise<void> {}
