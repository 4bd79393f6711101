import { describe, expect, it } from "vitest";
import { ACTION_ITEM_STATUS, ACTION_ITEM_STATUSES, POSTMORTEM_STATUS, POSTMORTEM_STATUSES } from "./postmortem-status";

describe("postmortem vocabulary", () => {
  it("labels every postmortem and action item status, in lifecycle order", () => {
    expect(Object.keys(POSTMORTEM_STATUS)).toEqual([...POSTMORTEM_STATUSES]);
    expect(Object.keys(ACTION_ITEM_STATUS)).toEqual([...ACTION_ITEM_STATUSES]);
    expect(POSTMORTEM_STATUS.IN_REVIEW.label).toBe("In review");
    expect(ACTION_ITEM_STATUS.DONE.tone).toBe("green");
  });
});
