// A page on a sibling origin of the same site (another port on localhost: cookies are per site,
// so the Lax session cookie rides along) tries to declare an incident with a no-cors text/plain
// post, and with a JSON one. Both are refused; the console's own same-origin call still works.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { sessionFile } from "./fixtures";

test.use({ storageState: sessionFile("commander") });

let attacker: Server;
let attackerUrl: string;

test.beforeAll(async () => {
  attacker = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end("<!doctype html><title>Sibling</title><p>sibling site</p>");
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => attacker.close(() => resolve())));

test("a sibling origin cannot declare with the session cookie; the console itself can", async ({ page, request }) => {
  const baseURL = test.info().project.use.baseURL!;
  const title = `Forged ${Math.random().toString(36).slice(2, 8)}`;
  const body = JSON.stringify({ title, severity: "SEV3", componentSlugs: ["documentation-generation"] });

  await page.goto(attackerUrl);
  const statuses = await page.evaluate(
    async ({ url, body }) => {
      await fetch(url, {
        method: "POST",
        mode: "no-cors",
        credentials: "include",
        headers: { "Content-Type": "text/plain; application/json" },
        body,
      });
      // A CORS request never gets this far (no preflight answer), but if it did the server would refuse it too.
      const cors = await fetch(url, {
        method: "POST",
        credentials: "include",
        headers: { "Content-Type": "application/json" },
        body,
      }).then(
        (r) => r.status,
        () => "blocked",
      );
      return { cors };
    },
    { url: `${baseURL}/api/v1/incidents`, body },
  );
  expect(statuses.cors).toBe("blocked");

  // The server answers the forged post itself with 403, whatever the browser hides from the page.
  const replay = await request.post("/api/v1/incidents", {
    headers: { origin: attackerUrl.slice(0, -1), "content-type": "text/plain; application/json" },
    data: body,
  });
  expect(replay.status()).toBe(403);
  expect((await replay.json()).detail).toContain("Cross-site request refused");

  const list = await request.get(`/api/v1/incidents?q=${encodeURIComponent(title)}`);
  expect((await list.json()).items).toEqual([]);

  // The console's own fetch (same origin) still declares.
  await page.goto("/incidents");
  const own = await page.evaluate(
    async (body) =>
      (await fetch("/api/v1/incidents", { method: "POST", headers: { "Content-Type": "application/json" }, body }))
        .status,
    body,
  );
  expect(own).toBe(201);
});
