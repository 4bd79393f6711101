import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SeverityBadge, StatusBadge } from "./incident-badges";

describe("incident badges", () => {
  it("shows a status by its label for people, not the database value", () => {
    const html = renderToStaticMarkup(<StatusBadge status="INVESTIGATING" />);
    expect(html).toContain(">Investigating<");
    expect(html).not.toContain("INVESTIGATING");
    expect(html).toContain("bg-red-50");
  });

  it("shows a severity by its label in its colour", () => {
    const html = renderToStaticMarkup(<SeverityBadge severity="SEV3" />);
    expect(html).toContain(">SEV3 · Medium<");
    expect(html).toContain("bg-indigo-50");
  });
});
