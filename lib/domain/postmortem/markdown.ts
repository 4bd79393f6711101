// A postmortem as one Markdown document: the download, the print view and the text kept with
// each publication are this same text, so what was published is exactly what people read.
// Sections are the author's own Markdown; everything else is data placed in tables, escaped so a
// pipe or a line break in a title can never break the table it sits in.
import { formatMinutes } from "../duration";
import {
  ACTION_ITEM_PRIORITY,
  ACTION_ITEM_STATUS,
  DOCUMENT_ORDER,
  KEY_TIME,
  KEY_TIME_KINDS,
  POSTMORTEM_STATUS,
  SECTION,
  TIMELINE_MARK,
  type ActionItemPriority,
  type ActionItemStatus,
  type KeyTimeKind,
  type PostmortemStatus,
  type SectionKey,
  type TimelineEntrySource,
  type TimelineMark,
} from "../postmortem-status";
import { severityWords, type Severity } from "../severity";

export type DocumentTimelineEntry = {
  occurredAt: Date;
  text: string;
  mark: TimelineMark | null;
  source: TimelineEntrySource;
  hidden: boolean;
};

export type DocumentKeyTime = { kind: KeyTimeKind; at: Date | null; reason?: string | null };

export type DocumentActionItem = {
  title: string;
  owner: string | null;
  dueDate: Date | null;
  status: ActionItemStatus;
  priority: ActionItemPriority;
  successCriteria: string;
  wontDoReason?: string | null;
};

/** One row of the plan-vs-reality comparison, already in words. */
export type DocumentPlanRow = { topic: string; planned: string; actual: string; verdict: string; comment?: string };

export type PostmortemDocument = {
  incident: { number: number; title: string; severity: Severity; startedAt: Date; resolvedAt: Date | null };
  status: PostmortemStatus;
  revision: number;
  author: string | null;
  createdAt: Date;
  dueAt: Date | null;
  publishedAt: Date | null;
  publishedBy: string | null;
  sections: Partial<Record<SectionKey, string>>;
  timeline: DocumentTimelineEntry[];
  keyTimes: DocumentKeyTime[];
  actionItems: DocumentActionItem[];
  planRows?: DocumentPlanRow[];
};

/** The figures a postmortem reports: each from when impact started to the moment named. */
export const DURATIONS = [
  { label: "Time to detect", to: "DETECTED" },
  { label: "Time to acknowledge", to: "ACKNOWLEDGED" },
  { label: "Time to mitigate", to: "MITIGATED" },
  { label: "Time to resolve", to: "RESOLVED" },
] as const satisfies readonly { label: string; to: KeyTimeKind }[];

export function utcTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** Text on one line: line breaks would end a list item or a table row. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/**
 * Text for a table cell: on one line, with backslashes and pipes escaped (a pipe would start a
 * new cell). Empty cells get a dash so the row keeps its shape when read as plain text.
 */
export function cell(text: string | null | undefined): string {
  const flat = oneLine(text ?? "")
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|");
  return flat || "—";
}

/** Plain text inside a heading or a list line: one line, and a leading character that would start a block is escaped. */
export function inline(text: string): string {
  return oneLine(text)
    .replace(/\\/g, "\\\\")
    .replace(/^([#>*+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

function table(headers: string[], rows: string[][]): string {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** Minutes from `from` to `to`, or null when either is unknown or the order is impossible. */
export function minutesBetween(from: Date | null | undefined, to: Date | null | undefined): number | null {
  if (!from || !to) return null;
  const ms = to.getTime() - from.getTime();
  return ms < 0 ? null : Math.round(ms / 60_000);
}

function timelineSection(entries: DocumentTimelineEntry[]): string {
  const visible = entries.filter((e) => !e.hidden).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  if (visible.length === 0) return "_No timeline entries._";
  return table(
    ["Time (UTC)", "Mark", "What happened", "Source"],
    visible.map((e) => [
      cell(utcTime(e.occurredAt)),
      cell(e.mark ? TIMELINE_MARK[e.mark].label : ""),
      cell(e.text),
      e.source === "SYSTEM" ? "System" : "Person",
    ]),
  );
}

function keyTimesSection(keyTimes: DocumentKeyTime[]): string {
  const byKind = new Map(keyTimes.map((k) => [k.kind, k]));
  const rows = KEY_TIME_KINDS.map((kind) => {
    const k = byKind.get(kind);
    return [KEY_TIME[kind].label, cell(k?.at ? utcTime(k.at) : "Not known"), cell(k?.reason ?? "")];
  });
  const start = byKind.get("IMPACT_STARTED")?.at;
  const figures = DURATIONS.map(({ label, to }) => {
    const minutes = minutesBetween(start, byKind.get(to)?.at);
    return `- ${label}: ${minutes === null ? "not known" : formatMinutes(minutes)}`;
  });
  return `${table(["Moment", "Time (UTC)", "Correction"], rows)}\n\n${figures.join("\n")}`;
}

function actionItemsSection(items: DocumentActionItem[]): string {
  if (items.length === 0) return "_No action items._";
  return table(
    ["Action", "Owner", "Due", "Priority", "Status", "How we will know it worked"],
    items.map((a) => [
      cell(a.title),
      cell(a.owner ?? "Unassigned"),
      cell(a.dueDate ? utcDay(a.dueDate) : ""),
      ACTION_ITEM_PRIORITY[a.priority].label,
      cell(
        a.status === "WONT_DO" && a.wontDoReason
          ? `${ACTION_ITEM_STATUS[a.status].label}: ${a.wontDoReason}`
          : ACTION_ITEM_STATUS[a.status].label,
      ),
      cell(a.successCriteria),
    ]),
  );
}

function planSection(rows: DocumentPlanRow[]): string {
  if (rows.length === 0) return "_Nothing in the plan applied to this incident._";
  return table(
    ["Topic", "Plan", "Reality", "Verdict", "Comment"],
    rows.map((r) => [cell(r.topic), cell(r.planned), cell(r.actual), cell(r.verdict), cell(r.comment)]),
  );
}

function freeText(body: string | undefined): string {
  const text = (body ?? "").trim();
  return text || "_Not written yet._";
}

/** The whole postmortem as Markdown, sections in the plan's order. */
export function postmortemMarkdown(doc: PostmortemDocument): string {
  const i = doc.incident;
  const facts = [
    `- Incident: #${i.number} ${inline(i.title)}`,
    `- Severity: ${severityWords(i.severity)}`,
    `- Started: ${utcTime(i.startedAt)}`,
    `- Resolved: ${i.resolvedAt ? utcTime(i.resolvedAt) : "not yet"}`,
    `- Status: ${POSTMORTEM_STATUS[doc.status].label} (revision ${doc.revision})`,
    `- Author: ${doc.author ? inline(doc.author) : "unknown"}`,
    `- Started writing: ${utcTime(doc.createdAt)}`,
    ...(doc.dueAt ? [`- Due: ${utcDay(doc.dueAt)}`] : []),
    ...(doc.publishedAt
      ? [`- Published: ${utcTime(doc.publishedAt)}${doc.publishedBy ? ` by ${inline(doc.publishedBy)}` : ""}`]
      : []),
  ];
  const parts = [`# Postmortem: ${inline(i.title)}`, facts.join("\n")];
  for (const key of DOCUMENT_ORDER) {
    if (key === "TIMELINE") {
      parts.push("## Timeline", timelineSection(doc.timeline));
      parts.push("## Key times", keyTimesSection(doc.keyTimes));
      if (doc.planRows) parts.push("## Plan vs. reality", planSection(doc.planRows));
    } else if (key === "ACTION_ITEMS") {
      parts.push("## Action items", actionItemsSection(doc.actionItems));
    } else {
      parts.push(`## ${SECTION[key].label}`, freeText(doc.sections[key]));
    }
  }
  return `${parts.join("\n\n")}\n`;
}

/** The download's file name. */
export function markdownFileName(incidentNumber: number): string {
  return `postmortem-${incidentNumber}.md`;
}
