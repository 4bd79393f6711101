import "server-only";
import type { Permission } from "@/lib/domain/roles";
import type { Ctx } from "../context";
import { incidentIdByNumber } from "./find-incident";
import { readIncident } from "./read-incident";

/**
 * Runs a command on the incident a path names, then answers with the incident as GET shows it.
 * `permission` is the service's own, so a caller who may not is refused before being told of a 404.
 */
export async function commandThenRead(
  ctx: Ctx,
  number: number,
  permission: Permission,
  run: (incidentId: string) => Promise<unknown>,
) {
  await run(await incidentIdByNumber(ctx, String(number), permission));
  return { body: await readIncident(ctx, number) };
}

/** The body sent with the path's incident added, for a service that validates both together. */
export function withIncident(raw: unknown, incidentId: string): Record<string, unknown> {
  return { ...(raw as Record<string, unknown>), incidentId };
}
