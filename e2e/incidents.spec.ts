// The incident screens as a commander uses them at night: declare with the keyboard, read the
// incident page at a glance, move it through its lifecycle (surviving reloads), write notes; and
// what a responder and a stakeholder may not do or see.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, reloadReady, sessionFile } from "./fixtures";

const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

/** Declares through the app's REST API with the page's session; returns the incident number. */
async function declareByApi(page: Page, title: string, severity = "SEV2"): Promise<number> {
  // The page's own origin, as a fetch from the console would send; cookie writes need it.
  const response = await page.request.post("/api/v1/incidents", {
    headers: { origin: test.info().project.use.baseURL! },
    data: {
      title,
      severity,
      componentSlugs: ["documentation-generation", "ci-cd-pipeline"],
      impact: "Docs build slowly.",
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { number: number }).number;
}

const region = (page: Page, name: string) => page.getByRole("region", { name });

test.describe("as a commander", () => {
  test.use({ storageState: sessionFile("commander") });

  test("declares a SEV2 with D and lands on an incident page showing RTO countdowns and obligations", async ({
    page,
  }) => {
    await gotoReady(page, "/incidents");
    await expect(page.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();

    // The button opens the dialog too; Escape closes it and gives focus back.
    const button = page.getByRole("button", { name: "Declare incident" });
    await button.click();
    const dialog = page.getByRole("dialog", { name: "Declare an incident" });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("d");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Title")).toBeFocused();
    await expect(dialog.getByLabel("Title")).toHaveValue(""); // the "d" itself is not typed

    // Bad input keeps what was typed and says what is missing, next to the field.
    const title = unique("Docs generation failing");
    await dialog.getByLabel("Title").fill(title);
    await dialog.getByRole("button", { name: "Declare", exact: true }).click();
    await expect(dialog.getByText("Choose SEV1, SEV2 or SEV3")).toBeVisible();
    await expect(dialog.getByText("Choose at least one affected component")).toBeVisible();
    await expect(dialog.getByLabel("Title")).toHaveValue(title);

    await dialog.getByRole("radio", { name: /SEV2/ }).check();
    await dialog.getByRole("checkbox", { name: /Documentation Generation/ }).check();
    await dialog.getByRole("checkbox", { name: /CI\/CD Pipeline/ }).check();
    await dialog.getByLabel(/Impact/).fill("Generated docs are stale for all customers.");
    await dialog.getByRole("button", { name: "Declare", exact: true }).click();

    await expect(page).toHaveURL(/\/incidents\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId("incident-severity")).toHaveText("SEV2 · High");
    await expect(page.getByTestId("incident-status")).toHaveText("Investigating");
    await expect(page.getByTestId("commander")).toHaveText("Casey Commander");
    await expect(page.getByRole("timer", { name: /^Elapsed: / })).toBeVisible();

    const rto = region(page, "Recovery time objectives");
    for (const [name, rtoText] of [
      ["Documentation Generation", "1 h"],
      ["CI/CD Pipeline", "2 h"],
    ]) {
      const row = rto.getByRole("row").filter({ hasText: name });
      await expect(row).toContainText(rtoText);
      await expect(
        row.getByRole("timer", { name: new RegExp(`^RTO ${name.replace("/", "\\/")}: due in`) }),
      ).toBeVisible();
    }

    const owed = region(page, "Notifications owed");
    for (const group of ["Incident commander", "Engineering manager", "Affected customers", "Customer success"]) {
      const row = owed.getByRole("row").filter({ hasText: group });
      await expect(row).toContainText("Pending");
      await expect(row.getByRole("timer")).toBeVisible();
    }

    // "Send now" previews exactly what goes out, then sends it.
    await owed.getByRole("button", { name: "Send now: Incident commander" }).click();
    const send = page.getByRole("dialog", { name: "Notify Incident commander now" });
    await expect(send).toContainText("INCIDENT ALERT: OpenAPI Documentation Generator Service Disruption");
    await expect(send).toContainText(/To 2 recipients/);
    await send.getByRole("button", { name: "Send", exact: true }).click();
    await expect(send).toBeHidden();
    await expect(owed.getByRole("row").filter({ hasText: "Incident commander" })).toContainText("Sent");

    await expect(region(page, "Escalation")).toContainText("Primary on-call");
    await expect(region(page, "Escalation")).toContainText(/Escalation policy: Default \(plan\) v\d+, as declared/);
    await expect(region(page, "Timeline")).toContainText(`Declared SEV2: ${title}`);

    await page.goto(`/incidents?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });

  test("moves INVESTIGATING → IDENTIFIED → RESOLVED, each surviving a reload; illegal moves are not offered", async ({
    page,
  }) => {
    const title = unique("Lifecycle");
    const number = await declareByApi(page, title);
    await gotoReady(page, `/incidents/${number}`);
    const status = page.getByLabel("Change status to");
    const options = () => status.locator("option").allTextContents();
    expect(await options()).toEqual(["Identified", "Monitoring", "Resolved"]);

    await page.getByRole("button", { name: "Acknowledge" }).click();
    await expect(page.getByText("Unacknowledged")).toHaveCount(0);
    await expect(region(page, "Escalation")).toContainText("escalation stopped");

    await status.selectOption("IDENTIFIED");
    await page.getByLabel(/^Note/).fill("Renderer release 4.2 is the cause");
    await page.getByRole("button", { name: "Update status" }).click();
    await expect(page.getByTestId("incident-status")).toHaveText("Identified");
    await reloadReady(page);
    await expect(page.getByTestId("incident-status")).toHaveText("Identified");
    expect(await options()).toEqual(["Investigating", "Monitoring", "Resolved"]);
    await expect(region(page, "Timeline")).toContainText(
      "INVESTIGATING → IDENTIFIED: Renderer release 4.2 is the cause",
    );

    await status.selectOption("RESOLVED");
    await page.getByLabel("Root cause summary").fill("Template cache never evicted");
    await page.getByLabel("Resolution summary").fill("Rolled back to 4.1");
    await page.getByRole("button", { name: "Update status" }).click();
    await expect(page.getByTestId("incident-status")).toHaveText("Resolved");
    await page.reload();
    await expect(page.getByTestId("incident-status")).toHaveText("Resolved");
    await expect(page.getByText("Template cache never evicted", { exact: true })).toBeVisible();
    // From RESOLVED the only move is a reopen; IDENTIFIED and MONITORING are not offered.
    expect(await options()).toEqual(["Investigating (reopen)"]);
    await expect(region(page, "Recovery time objectives").getByText("Restored in time")).toHaveCount(2);
  });

  test("adds a note with Ctrl+Enter; it appears on the timeline and survives a reload", async ({ page }) => {
    const number = await declareByApi(page, unique("Notes"));
    await gotoReady(page, `/incidents/${number}`);
    const note = page.getByLabel("Add a note");
    const text = unique("Rolled renderer pods, p95 back under 3 s");
    await note.fill("   ");
    await note.press("Control+Enter");
    await expect(page.getByText("Write a note")).toBeVisible();
    await note.fill(text);
    await note.press("Control+Enter");
    const timeline = region(page, "Timeline");
    await expect(timeline.getByRole("listitem").filter({ hasText: text })).toContainText("Casey Commander");
    await expect(note).toHaveValue("");
    await page.reload();
    await expect(timeline.getByRole("listitem").first()).toContainText(text);
  });

  test("answers 404 for an incident number that does not exist", async ({ page }) => {
    const response = await page.goto("/incidents/987654");
    expect(response?.status()).toBe(404);
  });
});

test("a commander watching an incident sees a responder's note and status change without reloading", async ({
  browser,
}) => {
  const commander = await browser.newPage({ storageState: sessionFile("commander") });
  const number = await declareByApi(commander, unique("Watched"));
  await gotoReady(commander, `/incidents/${number}`);
  await expect(commander.locator("[data-live-state]")).toHaveAttribute("data-live-state", "live");
  await commander.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const responder = await browser.newPage({ storageState: sessionFile("responder") });
  await gotoReady(responder, `/incidents/${number}`);
  await expect(responder.getByRole("button", { name: "Declare incident" })).toHaveCount(0);
  await expect(responder.getByLabel("Severity")).toHaveCount(0); // commanding is not a responder's
  const text = unique("Responder here, looking at the renderer");
  await responder.getByLabel("Add a note").fill(text);
  await responder.getByRole("button", { name: "Add note" }).click();
  await responder.getByLabel("Change status to").selectOption("IDENTIFIED");
  await responder.getByRole("button", { name: "Update status" }).click();

  await expect(region(commander, "Timeline")).toContainText(text, { timeout: 3_000 });
  await expect(commander.getByTestId("incident-status")).toHaveText("Identified", { timeout: 3_000 });
  expect(await commander.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test("a responder sees no Declare button, and a forged declare post is refused", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const responder = await browser.newPage({ storageState: sessionFile("responder") });
  await gotoReady(responder, "/incidents");
  await expect(responder.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();
  await expect(responder.getByRole("button", { name: "Declare incident" })).toHaveCount(0);
  await responder.keyboard.press("d");
  await expect(responder.getByRole("dialog")).toHaveCount(0);

  // Take a well-formed declare post from a commander's browser without letting it through…
  const commander = await browser.newPage({ storageState: sessionFile("commander") });
  await gotoReady(commander, "/incidents");
  const title = unique("Forged by a responder");
  await commander.keyboard.press("d");
  const dialog = commander.getByRole("dialog", { name: "Declare an incident" });
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByRole("radio", { name: /SEV3/ }).check();
  await dialog.getByRole("checkbox", { name: /CI\/CD Pipeline/ }).check();
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await commander.route("**/incidents*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
      return route.abort();
    }
    return route.continue();
  });
  await dialog.getByRole("button", { name: "Declare", exact: true }).click();
  await expect.poll(() => captured !== null).toBe(true);

  // …and replay it with the responder's session: the server refuses it.
  const request = await playwright.request.newContext({ baseURL, storageState: sessionFile("responder") });
  const { url, headers, body } = captured!;
  const response = await request.post(url, {
    headers: {
      "next-action": headers["next-action"],
      "content-type": headers["content-type"],
      accept: "text/x-component",
    },
    data: body,
  });
  expect(await response.text()).toContain("Your role (RESPONDER) may not do this (incident:declare).");
  await request.dispose();

  await commander.unroute("**/incidents*");
  await commander.goto(`/incidents?q=${encodeURIComponent(title)}`);
  await expect(commander.getByText("No incidents match these filters.")).toBeVisible();
});

test("a stakeholder sees the plain-language public view of an incident and none of its internals", async ({
  browser,
}) => {
  const commander = await browser.newPage({ storageState: sessionFile("commander") });
  const title = unique("Public view");
  const number = await declareByApi(commander, title, "SEV1");

  const page = await browser.newPage({ storageState: sessionFile("stakeholder") });
  await gotoReady(page, "/incidents");
  await expect(page.getByRole("button", { name: "Declare incident" })).toHaveCount(0);
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(`/incidents/${number}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const status = region(page, "Current status");
  await expect(status).toContainText("We are aware of the problem and are investigating the cause.");
  await expect(status).toContainText("Critical — the service is down or data is at risk");
  await expect(status).toContainText("Docs build slowly.");
  await expect(region(page, "Affected parts of the service")).toContainText("Documentation Generation");
  for (const internal of ["Escalation", "Notifications owed", "Deliveries", "Timeline", "Recovery time objectives"]) {
    await expect(region(page, internal)).toHaveCount(0);
  }
  for (const control of ["Acknowledge", "Update status", "Add note", "Hand over"]) {
    await expect(page.getByRole("button", { name: control })).toHaveCount(0);
  }
  await expect(page.getByText("Casey Commander")).toHaveCount(0);
  await expect(page.getByText("oncall-primary@company.com")).toHaveCount(0);
});

test("an acknowledge link opens without signing in and never acknowledges on a GET", async ({ browser }) => {
  const page = await browser.newPage();
  const response = await page.goto("/ack/not-a-real-token");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/ack\//);
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Acknowledge" })).toHaveCount(0);
});
