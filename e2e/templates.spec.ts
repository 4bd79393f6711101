// The template editor: an admin creates and edits a template against a live preview that flags
// what the incident lacks, is refused an unknown placeholder without losing the text, saves a
// version, reads its diff and restores the first. Other roles read templates but cannot edit.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

const BODY_V1 = "Status: {status}\nImpact: {impact_description}";
const ROOT_CAUSE = "Root cause: {root_cause_summary}";

async function declareOpenIncident(page: Page, baseURL: string | undefined): Promise<number> {
  const response = await page.request.post("/api/v1/incidents", {
    headers: { origin: baseURL ?? "" },
    data: {
      title: `Template preview ${randomUUID().slice(0, 6)}`,
      severity: "SEV3",
      componentSlugs: ["documentation-generation"],
      impact: "Docs lag behind",
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).number;
}

const editor = (page: Page) => page.getByRole("region", { name: "Edit" });
const preview = (page: Page) => page.getByRole("region", { name: "Preview" });

test.describe("as an admin", () => {
  test.use({ storageState: sessionFile("admin") });

  test("edits a template with a live preview, saves version 2, reads its diff and restores version 1", async ({
    page,
    baseURL,
  }) => {
    // Two creates, three saves and their page loads: minutes on a busy two-core machine.
    test.setTimeout(150_000);
    const number = await declareOpenIncident(page, baseURL);
    const key = `e2e_${randomUUID().slice(0, 8)}`;

    await gotoReady(page, `/templates/new?incident=${number}`);
    const create = page.getByRole("form", { name: "New template" });
    await create.getByLabel("Key").fill(key);
    await create.getByLabel("Name").fill("E2E customer update");
    await create.getByLabel("Incident state").selectOption({ label: "Identified" });
    await create.getByLabel("Audience").selectOption("STAKEHOLDERS");
    await create.getByLabel("E-mail subject").fill("{service_name}: update");
    await create.getByLabel("E-mail body").fill(BODY_V1);
    await expect(preview(page)).toContainText("Impact: Docs lag behind");
    await create.getByRole("button", { name: "Create template" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Template created as version 1." })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/templates/${key}\\?saved=1$`));

    // Preview against the incident declared above: open, so it has no root cause yet.
    await gotoReady(page, `/templates/${key}?incident=${number}`);
    const form = editor(page).getByRole("form");
    const body = form.getByLabel("E-mail body");
    await body.fill(`${BODY_V1}\n${ROOT_CAUSE}\nAsk {customer_name}`);
    await expect(preview(page).getByLabel("Filled in from")).toHaveValue("0");
    await expect(preview(page)).toContainText(`Missing on incident #${number} (investigating): {root_cause_summary}`);
    await expect(preview(page).locator("mark", { hasText: "{root_cause_summary}" }).first()).toBeVisible();
    await expect(preview(page)).toContainText("Unknown placeholder: {customer_name}. Saving will be refused.");

    await form.getByRole("button", { name: "Save as version 2" }).click();
    await expect(body).toHaveAttribute("aria-invalid", "true");
    await expect(body).toHaveAccessibleDescription(
      /^Unknown placeholder \{customer_name\}\. Known: .*\{service_name\}/,
    );
    await expect(body).toHaveValue(`${BODY_V1}\n${ROOT_CAUSE}\nAsk {customer_name}`);
    await expect(form.getByLabel("Name")).toHaveValue("E2E customer update");
    await expect(form.getByLabel("Incident state")).toHaveValue("IDENTIFIED");

    await body.fill(`${BODY_V1}\n${ROOT_CAUSE}`);
    await form.getByRole("button", { name: "Save as version 2" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();

    const versions = page.getByRole("list", { name: "Versions, newest first" });
    const v2 = versions.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Version 2" }) });
    await expect(v2).toContainText("current");
    await expect(v2).toContainText("1 line(s) added, 0 line(s) removed");
    await expect(v2.locator("ins")).toHaveText(`Added: ${ROOT_CAUSE}`);

    const v1 = versions.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Version 1" }) });
    await v1.getByRole("button", { name: "Restore version 1" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Version 1 restored as version 3." })).toBeVisible();
    const v3 = versions.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Version 3" }) });
    await expect(v3).toContainText("restored from version 1");
    await expect(v3.locator("del")).toHaveText(`Removed: ${ROOT_CAUSE}`);
    await expect(editor(page).getByLabel("E-mail body")).toHaveValue(BODY_V1);
    await expect(editor(page).getByRole("button", { name: "Save as version 4" })).toBeVisible();
  });

  test("stacks the editor above its preview on a 360 px wide screen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await gotoReady(page, "/templates/initial_notification");
    const form = editor(page).getByRole("form");
    const formBox = (await form.boundingBox())!;
    const previewBox = (await preview(page).boundingBox())!;
    expect(previewBox.y).toBeGreaterThanOrEqual(formBox.y + formBox.height);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await gotoReady(page, "/templates");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe("as a responder", () => {
  test.use({ storageState: sessionFile("responder") });

  test("reads a template and its versions but cannot edit or create one", async ({ page }) => {
    await gotoReady(page, "/templates/initial_notification");
    await expect(page.getByRole("heading", { level: 1, name: "Initial notification" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Version 1" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("textbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Save|Restore|Archive/ })).toHaveCount(0);

    await gotoReady(page, "/templates");
    await expect(page.getByRole("link", { name: "New template" })).toHaveCount(0);
    const response = await page.goto("/templates/new");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });
});
