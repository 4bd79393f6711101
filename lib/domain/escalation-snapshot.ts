// The escalation an incident was declared under: its policy's name, version, repeat count and
// levels with their targets, copied at declaration. Escalation reads this copy, never the live
// policy, so editing or reordering a policy cannot change what a running incident pages.
import { z } from "zod";

export const snapshotTargetSchema = z.object({
  userId: z.string().nullable(),
  email: z.string().nullable(),
  label: z.string(),
});

export const snapshotLevelSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  roleLabel: z.string().default(""),
  escalateAfterMinutes: z.number().int().positive(),
  targets: z.array(snapshotTargetSchema),
});

export const escalationSnapshotSchema = z.object({
  policyId: z.string(),
  name: z.string(),
  version: z.number().int().positive(),
  repeatCount: z.number().int().min(0),
  levels: z.array(snapshotLevelSchema),
});

export type EscalationSnapshot = z.infer<typeof escalationSnapshotSchema>;
export type SnapshotLevel = z.infer<typeof snapshotLevelSchema>;

type PolicyRow = {
  id: string;
  name: string;
  version: number;
  repeatCount: number;
  levels: {
    id: string;
    position: number;
    name: string;
    roleLabel: string;
    escalateAfterMinutes: number;
    targets: { userId: string | null; email: string | null; label: string }[];
  }[];
};

/** The snapshot of a policy as read from the database, levels in position order. */
export function snapshotOf(policy: PolicyRow): EscalationSnapshot {
  const levels = [...policy.levels].sort((a, b) => a.position - b.position);
  return {
    policyId: policy.id,
    name: policy.name,
    version: policy.version,
    repeatCount: policy.repeatCount,
    levels: levels.map((l) => ({
      id: l.id,
      position: l.position,
      name: l.name,
      roleLabel: l.roleLabel,
      escalateAfterMinutes: l.escalateAfterMinutes,
      targets: l.targets.map((t) => ({ userId: t.userId, email: t.email, label: t.label })),
    })),
  };
}

/** A stored snapshot, or null when there is none or it does not have the expected shape. */
export function readSnapshot(value: unknown): EscalationSnapshot | null {
  if (value === null || value === undefined) return null;
  const parsed = escalationSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** How the incident page names it: "Default v3". */
export function snapshotLabel(snapshot: Pick<EscalationSnapshot, "name" | "version">): string {
  return `${snapshot.name} v${snapshot.version}`;
}
