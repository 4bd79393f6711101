// Helpers for the incident integration tests: incidents declared through the real service, with
// a unique marker in the title so a test can find its own rows among everyone else's.
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/domain/roles";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { db } from "../db";
import { declareIncident } from "./declare";

export type TestUser = Awaited<ReturnType<typeof createTestUser>>;

export const COMPONENTS = [
  "critical-service",
  "documentation-generation",
  "development-environment",
  "ci-cd-pipeline",
] as const;

export function marker(label = "t"): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

export async function componentIds(...slugs: string[]): Promise<string[]> {
  const rows = await db.component.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return slugs.map((slug) => rows.find((r) => r.slug === slug)!.id);
}

export async function users(...roles: Role[]): Promise<TestUser[]> {
  return Promise.all(roles.map((role) => createTestUser(role)));
}

type DeclareOptions = {
  title?: string;
  severity?: "SEV1" | "SEV2" | "SEV3";
  components?: string[];
  impact?: string;
  commanderId?: string;
  now?: Date;
};

/** Declares an incident as `actor` through declareIncident. */
export async function declare(actor: TestUser, options: DeclareOptions = {}) {
  return declareIncident(ctxOf(actor, options.now ?? new Date()), {
    title: options.title ?? `Test incident ${marker()}`,
    severity: options.severity ?? "SEV2",
    componentIds: await componentIds(...(options.components ?? ["documentation-generation"])),
    impact: options.impact ?? "",
    commanderId: options.commanderId,
  });
}

export const minutes = (n: number) => n * 60_000;
export const later = (from: Date, n: number) => new Date(from.getTime() + minutes(n));

/** What the seeded matrix owes a SEV1, as `planEntry` writes it, in sorted order. */
export const SEV1_PLAN = [
  "0:cto",
  "0:customers",
  "0:incident_commander",
  "15:all_engineering",
  "15:customer_success",
  "60:board_if_extended",
  "60:executive_team",
];

/** An obligation as "minutes after `from`:group key", so a plan reads as one list of strings. */
export function planEntry(o: { dueAt: Date; group: { key: string } }, from: Date): string {
  return `${(o.dueAt.getTime() - from.getTime()) / 60_000}:${o.group.key}`;
}

/** How many of these obligations have their sending job queued under the expected key. */
export function queuedObligationJobs(obligations: { id: string; dueAt: Date }[]): Promise<number> {
  const keys = obligations.map((o) => `obligation:${o.id}:${o.dueAt.toISOString()}`);
  return db.job.count({ where: { kind: "obligation", key: { in: keys } } });
}
