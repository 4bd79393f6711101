import { describe, expect, it } from "vitest";
import { postmortemDueAt } from "./due";

describe("postmortemDueAt", () => {
  it("skips weekends", () => {
    // Wednesday 2026-12-02 10:00 UTC + 5 working days = Wednesday 2026-12-09.
    expect(postmortemDueAt(new Date("2026-12-02T10:00:00Z"), 5).toISOString()).toBe("2026-12-09T10:00:00.000Z");
    // Friday + 1 working day = Monday.
    expect(postmortemDueAt(new Date("2026-12-04T18:30:00Z"), 1).toISOString()).toBe("2026-12-07T18:30:00.000Z");
  });

  it("counts a weekend resolution from the next working day", () => {
    // Saturday 2026-12-05 + 5 working days: Mon, Tue, Wed, Thu, Fri = Friday 2026-12-11.
    expect(postmortemDueAt(new Date("2026-12-05T08:00:00Z"), 5).toISOString()).toBe("2026-12-11T08:00:00.000Z");
  });

  it("is the resolution itself with no working days", () => {
    expect(postmortemDueAt(new Date("2026-12-05T08:00:00Z"), 0).toISOString()).toBe("2026-12-05T08:00:00.000Z");
  });
});
