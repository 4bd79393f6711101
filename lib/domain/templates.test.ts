import { describe, expect, it } from "vitest";
import { placeholders, render } from "./templates";

describe("templates", () => {
  it("lists each placeholder once", () => {
    expect(placeholders("{a} and {b_c} and {a}")).toEqual(["a", "b_c"]);
  });

  it("fills known placeholders and reports the missing ones, left visible", () => {
    const r = render("INCIDENT ALERT: {service_name} ({severity_level})", { service_name: "Docs" });
    expect(r.text).toBe("INCIDENT ALERT: Docs ({severity_level})");
    expect(r.missing).toEqual(["severity_level"]);
  });

  it("does not re-expand placeholders that appear inside values", () => {
    expect(render("{a}", { a: "{b}", b: "x" }).text).toBe("{b}");
  });
});
