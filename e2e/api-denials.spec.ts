// The REST API checks the caller's role itself: a stakeholder's session cookie cannot create
// a user, whatever the page shows. Refusals are problem+json; nothing is written.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { sessionFile, uniqueEmail } from "./fixtures";

const body = (email: string, password = "a-long-enough-password") => ({
  email,
  name: "API Person",
  role: "ADMIN",
  password,
});

async function expectProblem(response: APIResponse, status: number, title: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = await response.json();
  expect(problem).toMatchObject({
    status,
    title,
    type: expect.stringContaining("/problems/"),
    detail: expect.any(String),
    errors: expect.any(Object),
  });
  return problem as { errors: Record<string, string[]> };
}

async function userEmails(admin: APIRequestContext): Promise<string[]> {
  const response = await admin.get("/api/v1/users");
  expect(response.status()).toBe(200);
  return ((await response.json()).items as { email: string }[]).map((u) => u.email);
}

test.describe("POST /api/v1/users", () => {
  let admin: APIRequestContext;

  test.beforeAll(async ({ playwright, baseURL }) => {
    admin = await playwright.request.newContext({
      baseURL,
      storageState: sessionFile("admin"),
      extraHTTPHeaders: { origin: baseURL! },
    });
  });
  test.afterAll(() => admin.dispose());

  for (const role of ["stakeholder", "responder", "commander"] as const) {
    test(`refuses a ${role}'s session with 403 and creates nothing`, async ({ playwright, baseURL }) => {
      const caller = await playwright.request.newContext({
        baseURL,
        storageState: sessionFile(role),
        extraHTTPHeaders: { origin: baseURL! },
      });
      const email = uniqueEmail(`api-${role}`);
      const response = await caller.post("/api/v1/users", {
        data: body(email),
        headers: { "Content-Type": "application/json" },
      });
      await expectProblem(response, 403, "FORBIDDEN");
      expect(await userEmails(admin)).not.toContain(email);
      await caller.dispose();
    });
  }

  test("answers 401 without a session", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const email = uniqueEmail("api-anon");
    await expectProblem(await anonymous.post("/api/v1/users", { data: body(email) }), 401, "UNAUTHENTICATED");
    expect(await userEmails(admin)).not.toContain(email);
    await anonymous.dispose();
  });

  test("answers 422 naming the bad fields for an admin", async () => {
    const problem = await expectProblem(
      await admin.post("/api/v1/users", { data: { email: "nope", name: "X", role: "ADMIN", password: "short" } }),
      422,
      "VALIDATION",
    );
    expect(Object.keys(problem.errors).sort()).toEqual(["email", "password"]);
  });

  test("refuses a body that is not sent as JSON (a cross-site form post)", async () => {
    const email = uniqueEmail("api-form");
    const response = await admin.post("/api/v1/users", { form: body(email) });
    const problem = await expectProblem(response, 422, "VALIDATION");
    expect(problem.errors).toHaveProperty("_body");
    expect(await userEmails(admin)).not.toContain(email);
  });

  test("creates the user for an admin", async () => {
    const email = uniqueEmail("api-created");
    const response = await admin.post("/api/v1/users", { data: { ...body(email), role: "RESPONDER" } });
    expect(response.status()).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ email, role: "RESPONDER", active: true });
    expect(created).not.toHaveProperty("passwordHash");
    expect(await userEmails(admin)).toContain(email);
  });
});
