import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";
import { healthCheckJob } from "@/lib/domain/jobs";
import { healthCheckSchema, type HealthCheckInput } from "@/lib/domain/slo/settings-input";
import type { Ctx } from "../context";
import { enqueue } from "../jobs/enqueue";
import { mutate } from "../mutate";

/** The service and the SLOs the check names exist, and each SLO is of the kind its role needs. */
async function checkReferences(tx: Tx, data: HealthCheckInput): Promise<void> {
  const errors: FieldErrors = {};
  const service = await tx.service.findUnique({ where: { id: data.serviceId }, select: { id: true } });
  if (!service) errors.serviceId = ["No such service"];
  const ids = [data.availabilitySloId, data.latencySloId].filter((id): id is string => Boolean(id));
  const slos = ids.length ? await tx.slo.findMany({ where: { id: { in: ids } } }) : [];
  const availability = slos.find((s) => s.id === data.availabilitySloId);
  if (data.availabilitySloId && (!availability || availability.kind === "LATENCY_P95"))
    errors.availabilitySloId = ["Choose an availability or error-rate SLO"];
  const latency = slos.find((s) => s.id === data.latencySloId);
  if (data.latencySloId && latency?.kind !== "LATENCY_P95") errors.latencySloId = ["Choose a latency SLO"];
  if (Object.keys(errors).length)
    throw new DomainError("VALIDATION", `Invalid input: ${Object.keys(errors).join(", ")}`, errors);
}

/**
 * Creates a health check, or changes one (with `id`). Enabling it starts a new chain of runs at
 * once (nextRunAt = now); disabling it clears nextRunAt, so a run already queued does nothing.
 */
export async function saveHealthCheck(ctx: Ctx, input: unknown) {
  return mutate(ctx, "objective:manage", healthCheckSchema, input, async (tx, data) => {
    await checkReferences(tx, data);
    const fields = {
      serviceId: data.serviceId,
      name: data.name,
      url: data.url,
      method: data.method,
      expectedStatus: data.expectedStatus,
      intervalSeconds: data.intervalSeconds,
      timeoutMs: data.timeoutMs,
      enabled: data.enabled,
      availabilitySloId: data.availabilitySloId ?? null,
      latencySloId: data.latencySloId ?? null,
    };
    const before = data.id ? await tx.healthCheck.findUnique({ where: { id: data.id } }) : null;
    if (data.id && !before) throw new DomainError("NOT_FOUND", "No such health check.", { id: ["No such check"] });
    const starting = data.enabled && !before?.enabled;
    const nextRunAt = starting ? ctx.now : data.enabled ? (before?.nextRunAt ?? ctx.now) : null;
    const check = before
      ? await tx.healthCheck.update({ where: { id: before.id }, data: { ...fields, nextRunAt } })
      : await tx.healthCheck.create({ data: { ...fields, nextRunAt } });
    if (starting) await enqueue(tx, [healthCheckJob(check.id, ctx.now)]);
    return {
      result: check,
      audit: {
        action: before ? "health-check.update" : "health-check.create",
        entityType: "HealthCheck",
        entityId: check.id,
        before,
        after: check,
      },
      event: { type: "health-check", id: check.id },
    };
  });
}
