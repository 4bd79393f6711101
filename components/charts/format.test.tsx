import { describe, expect, it } from "vitest";
import { formatTableTime, formatTick, formatValue } from "./format";

describe("chart value formats", () => {
  it("shows percents near 100 with enough digits to tell 99.9 from 99.95", () => {
    expect(formatValue(99.9, "percent")).toBe("99.9 %");
    expect(formatValue(99.95, "percent")).toBe("99.95 %");
    expect(formatValue(99.9994, "percent")).toBe("99.999 %");
    expect(formatValue(0.1, "percent")).toBe("0.1 %");
    expect(formatValue(-12.345, "percent")).toBe("-12.35 %");
  });
  it("shows latency in ms below a second and in seconds above", () => {
    expect(formatValue(250.4, "ms")).toBe("250 ms");
    expect(formatValue(3000, "ms")).toBe("3 s");
    expect(formatValue(3250, "ms")).toBe("3.25 s");
  });
  it("shows factors and minutes, and a dash for no value", () => {
    expect(formatValue(14.4, "factor")).toBe("14.4×");
    expect(formatValue(1000 / 60, "factor")).toBe("16.7×");
    expect(formatValue(6, "factor")).toBe("6×");
    expect(formatValue(1000, "factor")).toBe("1000×");
    expect(formatValue(43.2, "minutes")).toBe("43.2 min");
    expect(formatValue(null, "minutes")).toBe("—");
    expect(formatValue(Infinity, "factor")).toBe("∞");
  });
  it("labels the time axis by clock time within a day and by date beyond", () => {
    const t = Date.UTC(2026, 10, 30, 9, 5);
    expect(formatTick(t, 3_600_000, "UTC")).toBe("09:05");
    expect(formatTick(t, 7 * 86_400_000, "UTC")).toBe("30 Nov");
    expect(formatTableTime(t)).toBe("2026-11-30 09:05 UTC");
  });
});
