import { describe, expect, it } from "vitest";
import {
  CHANNEL,
  CHANNEL_LABEL,
  CHANNEL_PHRASE,
  CHANNELS,
  DELIVERY_STATUS,
  DELIVERY_STATUSES,
  isFailing,
  OBLIGATION_STATUS,
  OBLIGATION_STATUSES,
} from "./delivery";

describe("delivery vocabulary", () => {
  it("labels and colours every delivery status", () => {
    expect(Object.keys(DELIVERY_STATUS)).toEqual([...DELIVERY_STATUSES]);
    expect(DELIVERY_STATUS.DEAD).toEqual({ label: "Gave up", tone: "red" });
  });

  it("counts retrying and given-up deliveries as failing, and only those", () => {
    expect(DELIVERY_STATUSES.filter(isFailing)).toEqual(["FAILED", "DEAD"]);
  });

  it("names every channel for a column and for a sentence", () => {
    expect(Object.keys(CHANNEL)).toEqual([...CHANNELS]);
    expect(CHANNEL_LABEL.IN_APP).toBe("In app");
    expect(CHANNEL_PHRASE.IN_APP).toBe("in the app");
    expect(CHANNEL_PHRASE.EMAIL).toBe("e-mail");
  });

  it("labels every obligation status, plus overdue for a pending one past its time", () => {
    for (const s of OBLIGATION_STATUSES) expect(OBLIGATION_STATUS[s].label).not.toBe("");
    expect(OBLIGATION_STATUS.OVERDUE).toEqual({ label: "Overdue", tone: "red" });
  });
});
