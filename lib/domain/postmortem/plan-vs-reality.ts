// "Plan vs. reality": what the disaster-recovery plan promised for this incident next to what
// happened, one row per promise. Times are said relative to the impact's start ("+15 min") so a
// row reads the same in every time zone; the page shows the moments themselves beside them.
import { formatMinutes } from "../duration";
import { fullSchedule } from "../escalation";
import type { EscalationSnapshot } from "../escalation-snapshot";
import { STATUS, type IncidentStatus } from "../incident-status";
import { LATE_THRESHOLD_MS } from "../lateness";
import type { Tone } from "../vocabulary";
import { formatSpan, type KeyTimes } from "./key-times";

export const PLAN_ROW_KINDS = ["rto", "rpo", "obligation", "escalation", "update"] as const;
export type PlanRowKind = (typeof PLAN_ROW_KINDS)[number];

export const PLAN_ROW_KIND: Record<PlanRowKind, { label: string }> = {
  rto: { label: "Recovery time" },
  rpo: { label: "Recovery point" },
  obligation: { label: "Notification" },
  escalation: { label: "Escalation" },
  update: { label: "Status update" },
};

/** A row's key: its kind and the id (or number) of what it is about; plan notes are stored under it. */
export const ROW_KEY = /^(rto|rpo|obligation|escalation|update):[A-Za-z0-9_-]{1,100}$/;

export type Verdict = "MET" | "BREACHED" | "LATE" | "MISSED" | "NOT_KNOWN" | "INFO";

export const VERDICT_TONE: Record<Verdict, Tone> = {
  MET: "green",
  BREACHED: "red",
  LATE: "red",
  MISSED: "red",
  NOT_KNOWN: "amber",
  INFO: "gray",
};

export type PlanRow = {
  rowKey: string;
  kind: PlanRowKind;
  subject: string;
  plan: string;
  reality: string;
  /** The moment the reality column speaks of, shown in the viewer's zone. */
  at: Date | null;
  verdict: Verdict;
  /** The verdict in words: "met", "breached by 12 min", "late by 3 min", "not known". */
  verdictText: string;
};

export type PlanInput = {
  keyTimes: KeyTimes;
  components: { id: string; name: string; rtoMinutes: number }[];
  dataAssets: { id: string; name: string; rpoMinutes: number }[];
  obligations: {
    id: string;
    groupName: string;
    dueAt: Date;
    status: "PENDING" | "SENT" | "CANCELLED";
    sentAt: Date | null;
  }[];
  escalation: {
    snapshot: EscalationSnapshot | null;
    pages: { levelId: string; round: number; plannedAt: Date; pagedAt: Date; acknowledgedAt: Date | null }[];
  };
  statusUpdates: {
    id: string;
    status: IncidentStatus;
    publishedAt: Date;
    public: boolean;
    notifySubscribers: boolean;
    groupNames: string[];
    nextUpdateAt: Date | null;
  }[];
  now: Date;
};

const MINUTE = 60_000;

/** "+15 min" after the impact started (or "−2 min" before it); "at <time>" when the start is unknown. */
function relative(at: Date, start: Date | null): string {
  if (!start) return "at a recorded time";
  const ms = at.getTime() - start.getTime();
  return ms >= 0 ? `+${formatSpan(ms)}` : formatSpan(ms);
}

/** Lateness past the timer threshold is late; a minute's slack covers a worker's ordinary delay. */
function lateness(planned: Date, actual: Date): { verdict: Verdict; text: string } {
  const late = actual.getTime() - planned.getTime();
  return late > LATE_THRESHOLD_MS
    ? { verdict: "LATE", text: `late by ${formatSpan(late)}` }
    : { verdict: "MET", text: "met on time" };
}

function rtoRows(input: PlanInput): PlanRow[] {
  const start = input.keyTimes.IMPACT_STARTED;
  const recovered = input.keyTimes.MITIGATED ?? input.keyTimes.RESOLVED;
  return input.components.map((c) => {
    const base = {
      rowKey: `rto:${c.id}`,
      kind: "rto" as const,
      subject: c.name,
      plan: `RTO ${formatMinutes(c.rtoMinutes)}`,
    };
    if (!start || !recovered)
      return { ...base, reality: "Recovery time not known", at: null, verdict: "NOT_KNOWN", verdictText: "not known" };
    const took = recovered.getTime() - start.getTime();
    const over = took - c.rtoMinutes * MINUTE;
    return {
      ...base,
      reality: `Recovered in ${formatSpan(took)}${input.keyTimes.MITIGATED ? "" : " (at resolution)"}`,
      at: recovered,
      ...(over > 0
        ? { verdict: "BREACHED" as const, verdictText: `breached by ${formatSpan(over)}` }
        : { verdict: "MET" as const, verdictText: "met" }),
    };
  });
}

// Bridge records no data-loss window for an incident: only the author can say, in the comment.
function rpoRows(input: PlanInput): PlanRow[] {
  return input.dataAssets.map((d) => ({
    rowKey: `rpo:${d.id}`,
    kind: "rpo",
    subject: d.name,
    plan: `RPO ${formatMinutes(d.rpoMinutes)}`,
    reality: "Data-loss window not recorded; say in the comment whether data was lost and how much",
    at: null,
    verdict: "NOT_KNOWN",
    verdictText: "not known",
  }));
}

function obligationRows(input: PlanInput): PlanRow[] {
  const start = input.keyTimes.IMPACT_STARTED;
  return [...input.obligations]
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.groupName.localeCompare(b.groupName))
    .map((o) => {
      const base = {
        rowKey: `obligation:${o.id}`,
        kind: "obligation" as const,
        subject: o.groupName,
        plan: `Notify by ${relative(o.dueAt, start)}`,
      };
      if (o.status === "CANCELLED")
        return {
          ...base,
          reality: "No longer owed (severity changed)",
          at: null,
          verdict: "INFO",
          verdictText: "cancelled",
        };
      if (o.status === "SENT" && o.sentAt) {
        const { verdict, text } = lateness(o.dueAt, o.sentAt);
        return { ...base, reality: `Sent ${relative(o.sentAt, start)}`, at: o.sentAt, verdict, verdictText: text };
      }
      if (o.dueAt > input.now)
        return { ...base, reality: "Not sent yet", at: null, verdict: "INFO", verdictText: "not due yet" };
      return { ...base, reality: "Never sent", at: null, verdict: "MISSED", verdictText: "missed" };
    });
}

/**
 * The policy's schedule from the impact's start, up to the acknowledgement (after it nobody is
 * paged), set against the pages that went out; a page the schedule did not plan gets a row too.
 */
function escalationRows(input: PlanInput): PlanRow[] {
  const { snapshot, pages } = input.escalation;
  const start = input.keyTimes.IMPACT_STARTED;
  if (!snapshot || !start)
    return [
      {
        rowKey: "escalation:0",
        kind: "escalation",
        subject: "Escalation policy",
        plan: "No policy recorded for this incident",
        reality: pages.length ? `${pages.length} page(s) sent` : "Nobody paged",
        at: null,
        verdict: "NOT_KNOWN",
        verdictText: "not known",
      },
    ];
  const ack = input.keyTimes.ACKNOWLEDGED;
  const levels = new Map(snapshot.levels.map((l) => [l.id, l]));
  const byPosition = new Map(snapshot.levels.map((l) => [l.position, l]));
  const steps = fullSchedule(snapshot, start).filter((s, i) => i === 0 || !ack || s.at < ack);
  const used = new Set<(typeof pages)[number]>();
  const rows: PlanRow[] = steps.map((step, n) => {
    const level = byPosition.get(step.position)!;
    const page = pages.find((p) => p.round === step.round && p.levelId === level.id);
    if (page) used.add(page);
    const subject = `${level.name}${step.round ? ` (repeat ${step.round})` : ""}`;
    const base = {
      rowKey: `escalation:${n}`,
      kind: "escalation" as const,
      subject,
      plan: `Page ${relative(step.at, start)}`,
    };
    if (!page) return { ...base, reality: "Not paged", at: null, verdict: "MISSED", verdictText: "missed" };
    const acked = page.acknowledgedAt ? `; acknowledged at this level ${relative(page.acknowledgedAt, start)}` : "";
    const { verdict, text } = lateness(step.at, page.pagedAt);
    return {
      ...base,
      reality: `Paged ${relative(page.pagedAt, start)}${acked}`,
      at: page.pagedAt,
      verdict,
      verdictText: text,
    };
  });
  for (const page of pages.filter((p) => !used.has(p)).sort((a, b) => a.pagedAt.getTime() - b.pagedAt.getTime())) {
    rows.push({
      rowKey: `escalation:${rows.length}`,
      kind: "escalation",
      subject: levels.get(page.levelId)?.name ?? "A level no longer in the policy",
      plan: "Not planned (the incident was acknowledged before)",
      reality: `Paged ${relative(page.pagedAt, start)}`,
      at: page.pagedAt,
      verdict: "INFO",
      verdictText: "not in the plan",
    });
  }
  return rows;
}

function audiences(u: PlanInput["statusUpdates"][number]): string {
  const to = [
    ...(u.public ? ["the public status page"] : []),
    ...(u.notifySubscribers ? ["subscribers"] : []),
    ...u.groupNames,
  ];
  return to.length ? to.join(", ") : "nobody outside the team (internal)";
}

/** Each published update: when and to whom, and whether it kept the previous update's promise. */
function updateRows(input: PlanInput): PlanRow[] {
  const start = input.keyTimes.IMPACT_STARTED;
  const ordered = [...input.statusUpdates].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  return ordered.map((u, i) => {
    const promised = i > 0 ? ordered[i - 1].nextUpdateAt : null;
    const base = {
      rowKey: `update:${u.id}`,
      kind: "update" as const,
      subject: STATUS[u.status].label,
      reality: `Sent ${relative(u.publishedAt, start)} to ${audiences(u)}`,
      at: u.publishedAt,
    };
    if (!promised)
      return { ...base, plan: i === 0 ? "First update" : "No time promised", verdict: "INFO", verdictText: "sent" };
    const { verdict, text } = lateness(promised, u.publishedAt);
    return { ...base, plan: `Promised by ${relative(promised, start)}`, verdict, verdictText: text };
  });
}

/** Every row, grouped by kind in the plan's order: recovery, data, notifications, escalation, updates. */
export function planVsReality(input: PlanInput): PlanRow[] {
  return [
    ...rtoRows(input),
    ...rpoRows(input),
    ...obligationRows(input),
    ...escalationRows(input),
    ...updateRows(input),
  ];
}
