// How a save changes a runbook's stored steps. Runs point at step rows (RunbookRunStep.stepId),
// so a step is changed in place by id rather than replaced, and a removed step that a run has
// recorded is retired, not deleted: it moves to a negative position, which every reader of
// current steps leaves out, while old runs still show what they ticked.
import { diffText, type DiffLine } from "../template-diff";

export type StoredStep = { id: string; position: number; referenced: boolean };
export type StepSnapshot = { title: string; description: string; command: string; expectedResult: string };

export type StepPlan = {
  /** Kept steps with their new 1-based positions, in order. */
  updates: { id: string; position: number; index: number }[];
  /** New steps: the index in the submitted list and the position they take. */
  creates: { position: number; index: number }[];
  /** Removed steps no run refers to. */
  deletes: string[];
  /** Removed steps a run refers to, with the negative position that hides them. */
  retires: { id: string; position: number }[];
  /** Submitted ids that are not current steps of this runbook (a stale form, or tampering). */
  unknown: { id: string; index: number }[];
};

/** A step is current when it has a positive position; retired steps sit below zero. */
export const isCurrentStep = (s: { position: number }) => s.position > 0;

export function planStepEdit(stored: StoredStep[], submitted: { id?: string }[]): StepPlan {
  const current = new Map(stored.filter(isCurrentStep).map((s) => [s.id, s]));
  const plan: StepPlan = { updates: [], creates: [], deletes: [], retires: [], unknown: [] };
  const kept = new Set<string>();
  submitted.forEach((s, index) => {
    const position = index + 1;
    if (!s.id) plan.creates.push({ position, index });
    else if (!current.has(s.id) || kept.has(s.id)) plan.unknown.push({ id: s.id, index });
    else {
      kept.add(s.id);
      plan.updates.push({ id: s.id, position, index });
    }
  });
  let lowest = Math.min(0, ...stored.map((s) => s.position));
  for (const s of current.values()) {
    if (kept.has(s.id)) continue;
    if (s.referenced) plan.retires.push({ id: s.id, position: --lowest });
    else plan.deletes.push(s.id);
  }
  return plan;
}

/** One step as lines of text, so a version's steps can be compared line by line. */
function stepLines(s: StepSnapshot, n: number): string {
  const parts = [`${n}. ${s.title}`];
  if (s.description) parts.push(`   Instructions: ${s.description.replace(/\n/g, "\n   ")}`);
  if (s.command) parts.push(`   Command: ${s.command.replace(/\n/g, "\n   ")}`);
  if (s.expectedResult) parts.push(`   Expected: ${s.expectedResult.replace(/\n/g, "\n   ")}`);
  return parts.join("\n");
}

export type VersionSnapshot = { title: string; steps: StepSnapshot[] };

/** What a version changed from the one before it (null: the first version, all added). */
export function diffRunbookVersions(before: VersionSnapshot | null, after: VersionSnapshot): DiffLine[] {
  const asText = (v: VersionSnapshot) =>
    [`Title: ${v.title}`, ...v.steps.map((s, i) => stepLines(s, i + 1))].join("\n");
  return diffText(before ? asText(before) : "", asText(after));
}

/** Reads a stored snapshot (JSON) defensively: a missing field is an empty text. */
export function snapshotSteps(json: unknown): StepSnapshot[] {
  if (!Array.isArray(json)) return [];
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  return json.map((s: Record<string, unknown>) => ({
    title: str(s?.title),
    description: str(s?.description),
    command: str(s?.command),
    expectedResult: str(s?.expectedResult),
  }));
}
