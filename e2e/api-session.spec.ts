// The operations only a signed-in admin may call (managing people): their answers to the session
// match the published OpenAPI document, as the contract test checks every token operation.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { sessionFile, uniqueEmail } from "./fixtures";

test.use({ storageState: sessionFile("admin") });

async function validatorFor(request: APIRequestContext) {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: "bridge:openapi" });
  return (path: string, method: string, status: number, body: unknown) => {
    const pointer = ["paths", path, method, "responses", String(status), "content", "application/json", "schema"]
      .map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1"))
      .join("/");
    const validate = ajv.compile({ $ref: `bridge:openapi#/${pointer}` });
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

test("an admin's session lists and creates users as documented; a token is refused", async ({
  request,
  playwright,
  baseURL,
}) => {
  const check = await validatorFor(request);
  const listed = await request.get("/api/v1/users");
  expect(listed.status()).toBe(200);
  expect(check("/api/v1/users", "get", 200, await listed.json())).toEqual([]);

  const email = uniqueEmail("session-api");
  const created = await request.post("/api/v1/users", {
    headers: { origin: baseURL ?? "" },
    data: { email, name: "Session Person", role: "RESPONDER", password: "a-long-enough-password" },
  });
  expect(created.status()).toBe(201);
  const user = await created.json();
  expect(user).toMatchObject({ email, role: "RESPONDER", active: true });
  expect(check("/api/v1/users", "post", 201, user)).toEqual([]);

  const machine = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const refused = await machine.get("/api/v1/users", { headers: { authorization: "Bearer brg_notatoken_x" } });
  expect(refused.status()).toBe(401);
  await machine.dispose();
});
