import { describe, expect, it } from "vitest";
import { EVENT_KIND, EVENT_KINDS } from "./incident-event-kind";

describe("timeline event kinds", () => {
  it("labels every kind, each label distinct", () => {
    expect(Object.keys(EVENT_KIND)).toEqual([...EVENT_KINDS]);
    const labels = EVENT_KINDS.map((k) => EVENT_KIND[k].label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
