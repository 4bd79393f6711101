import { describe, expect, it } from "vitest";
import { cell, inline, markdownFileName, postmortemMarkdown, type PostmortemDocument } from "./markdown";

const at = (iso: string) => new Date(iso);

const doc: PostmortemDocument = {
  incident: {
    number: 42,
    title: "Registry down",
    severity: "SEV1",
    startedAt: at("2026-11-28T10:00:00Z"),
    resolvedAt: at("2026-11-28T11:30:00Z"),
  },
  status: "PUBLISHED",
  revision: 2,
  author: "Casey Commander",
  createdAt: at("2026-11-29T09:00:00Z"),
  dueAt: at("2026-12-04T11:30:00Z"),
  publishedAt: at("2026-12-01T15:45:00Z"),
  publishedBy: "Riley Responder",
  sections: {
    SUMMARY: "The registry was **down** for 90 minutes.",
    ROOT_CAUSE: "A full disk.",
    LESSONS_LEARNED: "  ",
  },
  timeline: [
    { occurredAt: at("2026-11-28T10:20:00Z"), text: "Paged on-call", mark: null, source: "SYSTEM", hidden: false },
    {
      occurredAt: at("2026-11-28T10:05:00Z"),
      text: "Alert fired",
      mark: "DETECTION",
      source: "SYSTEM",
      hidden: false,
    },
    { occurredAt: at("2026-11-28T10:06:00Z"), text: "Noise entry", mark: null, source: "SYSTEM", hidden: true },
    {
      occurredAt: at("2026-11-28T11:00:00Z"),
      text: "Freed disk | restarted\nregistry",
      mark: "REPAIR",
      source: "PERSON",
      hidden: false,
    },
  ],
  keyTimes: [
    { kind: "IMPACT_STARTED", at: at("2026-11-28T09:55:00Z"), reason: "Logs show errors from 09:55" },
    { kind: "DETECTED", at: at("2026-11-28T10:05:00Z") },
    { kind: "ACKNOWLEDGED", at: at("2026-11-28T10:25:00Z") },
    { kind: "MITIGATED", at: null },
    { kind: "RESOLVED", at: at("2026-11-28T11:30:00Z") },
  ],
  actionItems: [
    {
      title: "Alert at 80 % disk",
      owner: "Riley Responder",
      dueDate: at("2026-12-10T00:00:00Z"),
      status: "OPEN",
      priority: "HIGH",
      successCriteria: "An alert fires | before the disk fills",
    },
    {
      title: "Rewrite the registry",
      owner: null,
      dueDate: null,
      status: "WONT_DO",
      priority: "LOW",
      successCriteria: "",
      wontDoReason: "Too large for the gain",
    },
  ],
};

describe("postmortem Markdown", () => {
  const text = postmortemMarkdown(doc);

  it("starts with the title and the facts of the incident and the publication", () => {
    expect(text.startsWith("# Postmortem: Registry down\n")).toBe(true);
    expect(text).toContain("- Incident: #42 Registry down");
    expect(text).toContain("- Severity: SEV1 (critical)");
    expect(text).toContain("- Status: Published (revision 2)");
    expect(text).toContain("- Published: 2026-12-01 15:45 UTC by Riley Responder");
    expect(text).toContain("- Due: 2026-12-04");
  });

  it("puts the sections in the plan's order, free text as written and empty ones marked", () => {
    const headings = text.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual([
      "## Summary",
      "## Timeline",
      "## Key times",
      "## Root cause analysis",
      "## Contributing factors",
      "## Lessons learned",
      "## Action items",
      "## Process improvements",
    ]);
    expect(text).toContain("## Summary\n\nThe registry was **down** for 90 minutes.");
    expect(text).toContain("## Lessons learned\n\n_Not written yet._");
  });

  it("lists visible timeline entries in time order, with mark and source, and escapes cells", () => {
    expect(text).not.toContain("Noise entry");
    const rows = text.split("\n").filter((l) => l.startsWith("| 2026-11-28"));
    expect(rows).toEqual([
      "| 2026-11-28 10:05 UTC | Detection | Alert fired | System |",
      "| 2026-11-28 10:20 UTC | — | Paged on-call | System |",
      "| 2026-11-28 11:00 UTC | Repair | Freed disk \\| restarted registry | Person |",
    ]);
  });

  it("gives key times with corrections and the durations from the start of impact", () => {
    expect(text).toContain("| Impact started | 2026-11-28 09:55 UTC | Logs show errors from 09:55 |");
    expect(text).toContain("| Mitigated | Not known | — |");
    expect(text).toContain("- Time to detect: 10 min");
    expect(text).toContain("- Time to acknowledge: 30 min");
    expect(text).toContain("- Time to mitigate: not known");
    expect(text).toContain("- Time to resolve: 1 h 35 min");
  });

  it("tables the action items with owner, due date, priority, status and success criteria", () => {
    expect(text).toContain(
      "| Alert at 80 % disk | Riley Responder | 2026-12-10 | High | Open | An alert fires \\| before the disk fills |",
    );
    expect(text).toContain("| Rewrite the registry | Unassigned | — | Low | Won't do: Too large for the gain | — |");
  });

  it("adds plan vs. reality only when rows are given", () => {
    expect(text).not.toContain("Plan vs. reality");
    const withPlan = postmortemMarkdown({
      ...doc,
      planRows: [{ topic: "Registry RTO", planned: "1 h", actual: "1 h 35 min", verdict: "Late by 35 min" }],
    });
    expect(withPlan).toContain("## Plan vs. reality");
    expect(withPlan).toContain("| Registry RTO | 1 h | 1 h 35 min | Late by 35 min | — |");
  });

  it("keeps a hostile title from starting a block or breaking a line", () => {
    const hostile = postmortemMarkdown({ ...doc, incident: { ...doc.incident, title: "# Big\n## outage" } });
    expect(hostile.split("\n")[0]).toBe("# Postmortem: \\# Big ## outage");
    expect(hostile).toContain("- Incident: #42 \\# Big ## outage");
    expect(inline("- item")).toBe("\\- item");
    expect(inline("1. first")).toBe("1\\. first");
  });

  it("escapes what would break a table cell", () => {
    expect(cell("a|b")).toBe("a\\|b");
    expect(cell("back\\slash")).toBe("back\\\\slash");
    expect(cell("two\r\nlines")).toBe("two lines");
    expect(cell("")).toBe("—");
    expect(cell(null)).toBe("—");
  });

  it("says when there is no timeline and no action item yet", () => {
    const empty = postmortemMarkdown({ ...doc, timeline: [], actionItems: [], keyTimes: [] });
    expect(empty).toContain("_No timeline entries._");
    expect(empty).toContain("_No action items._");
    expect(empty).toContain("| Detected | Not known | — |");
  });

  it("names the download after the incident", () => {
    expect(markdownFileName(42)).toBe("postmortem-42.md");
  });
});
