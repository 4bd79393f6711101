import { describe, expect, it } from "vitest";
import { isMaintenanceActive, maintenanceMoveError, maintenanceMoves } from "./maintenance-status";

describe("maintenance lifecycle", () => {
  it("moves forward: scheduled → in progress → verifying → completed", () => {
    expect(maintenanceMoves("SCHEDULED")).toEqual(["IN_PROGRESS", "COMPLETED"]);
    expect(maintenanceMoves("IN_PROGRESS")).toEqual(["VERIFYING", "COMPLETED"]);
    expect(maintenanceMoveError("VERIFYING", "COMPLETED")).toBeNull();
  });

  it("refuses going back to scheduled and anything after completion, naming what is allowed", () => {
    expect(maintenanceMoveError("IN_PROGRESS", "SCHEDULED")).toBe(
      "From In progress it can go to Verifying or Completed.",
    );
    expect(maintenanceMoveError("COMPLETED", "IN_PROGRESS")).toBe("This maintenance is completed.");
  });

  it("counts only work under way as maintenance on the page", () => {
    expect([
      isMaintenanceActive("SCHEDULED"),
      isMaintenanceActive("IN_PROGRESS"),
      isMaintenanceActive("VERIFYING"),
    ]).toEqual([false, true, true]);
  });
});
