// Escalation math: which level is paged when, if nobody acknowledges. Deadlines are computed from
// planned times, never from when a worker happened to run, so lateness never accumulates.

export type LevelSpec = { position: number; escalateAfterMinutes: number };
export type PolicySpec = { levels: LevelSpec[]; repeatCount: number };
export type Step = { round: number; position: number; at: Date };

function ordered(policy: PolicySpec): LevelSpec[] {
  return [...policy.levels].sort((a, b) => a.position - b.position);
}

/** The first page: level one, round zero, at declaration. */
export function firstStep(policy: PolicySpec, declaredAt: Date): Step | null {
  const levels = ordered(policy);
  return levels.length ? { round: 0, position: levels[0].position, at: declaredAt } : null;
}

/**
 * The step after `current` (paged at its planned time `current.at`): the next level once the
 * current one's window has passed, wrapping to level one for each repeat; null at the end.
 */
export function nextStep(policy: PolicySpec, current: Step): Step | null {
  const levels = ordered(policy);
  const index = levels.findIndex((l) => l.position === current.position);
  if (index < 0) return null;
  const at = new Date(current.at.getTime() + levels[index].escalateAfterMinutes * 60_000);
  if (index + 1 < levels.length) return { round: current.round, position: levels[index + 1].position, at };
  if (current.round < policy.repeatCount) return { round: current.round + 1, position: levels[0].position, at };
  return null;
}

/** Every step the policy would take if nobody ever acknowledged. */
export function fullSchedule(policy: PolicySpec, declaredAt: Date): Step[] {
  const steps: Step[] = [];
  for (let step = firstStep(policy, declaredAt); step; step = nextStep(policy, step)) steps.push(step);
  return steps;
}

/** When the current level's window closes, i.e. the countdown shown next to it. */
export function escalatesAt(policy: PolicySpec, current: Step): Date | null {
  return nextStep(policy, current)?.at ?? null;
}

export function pageKey(incidentId: string, step: Pick<Step, "round" | "position">): string {
  return `page:${incidentId}:${step.round}:${step.position}`;
}
