// Bad input through the real API handlers is a 4xx naming the field, never a 500: NUL in any
// text field or query, an out-of-range cursor, a 10 MB e-mail. A truly unexpected failure is
// 500 INTERNAL with a reference that is also in the log.
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as notesRoute } from "@/app/api/v1/incidents/[number]/notes/route";
import { POST as statusRoute } from "@/app/api/v1/incidents/[number]/status/route";
import { GET as listRoute, POST as declareRoute } from "@/app/api/v1/incidents/route";
import { DomainError } from "@/lib/domain/errors";
import { CONTROL_MESSAGE } from "@/lib/domain/text";
import { actionFailure, problemResponse } from "@/lib/server/errors";
import { createToken } from "@/lib/server/tokens/create";
import { createUser } from "@/lib/server/users/create";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { at, none, problem } from "./test-fixtures";

const BASE = "http://localhost:3000/api/v1";
const NUL = "\u0000";

async function bearer(scopes: string[]) {
  const admin = await createTestUser("ADMIN");
  const { secret } = await createToken(ctxOf(admin), {
    name: `bad-input-${Math.random().toString(36).slice(2, 8)}`,
    scopes,
  });
  return secret;
}
function call(url: string, secret: string, body?: unknown) {
  const headers = {
    authorization: `Bearer ${secret}`,
    ...(body === undefined ? {} : { "content-type": "application/json" }),
  };
  return new Request(url, {
    method: body === undefined ? "GET" : "POST",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

afterEach(() => vi.restoreAllMocks());

describe("NUL and other control characters", () => {
  it("are a 422 naming the field in declare, notes, status and the list's query", async () => {
    const secret = await bearer(["incidents:write"]);
    const declared = await problem(
      await declareRoute(
        call(`${BASE}/incidents`, secret, {
          title: `Bad${NUL}title`,
          severity: "SEV3",
          componentSlugs: ["ci-cd-pipeline"],
          impact: `x${NUL}`,
        }),
        none,
      ),
      422,
    );
    expect(declared.errors).toEqual({ title: [CONTROL_MESSAGE], impact: [CONTROL_MESSAGE] });

    const good = await declareRoute(
      call(`${BASE}/incidents`, secret, {
        title: "Control chars",
        severity: "SEV3",
        componentSlugs: ["ci-cd-pipeline"],
      }),
      none,
    );
    const { number } = (await good.json()) as { number: number };
    expect(
      (
        await problem(
          await notesRoute(call(`${BASE}/incidents/${number}/notes`, secret, { message: `a${NUL}b` }), at(number)),
          422,
        )
      ).errors,
    ).toEqual({ message: [CONTROL_MESSAGE] });
    expect(
      (
        await problem(
          await statusRoute(
            call(`${BASE}/incidents/${number}/status`, secret, { status: "IDENTIFIED", note: `\u0007` }),
            at(number),
          ),
          422,
        )
      ).errors,
    ).toEqual({ note: [CONTROL_MESSAGE] });

    for (const key of ["q", "componentSlug", "componentId", "cursor"]) {
      const body = await problem(await listRoute(call(`${BASE}/incidents?${key}=a%00b`, secret), none), 422);
      expect(Object.keys(body.errors), key).toEqual([key]);
    }
  });

  it("are a validation error naming the field for a user's name and e-mail", async () => {
    // Tokens cannot manage people; the users endpoint hands the body to this service unchanged.
    const admin = ctxOf(await createTestUser("ADMIN"));
    const error = await createUser(admin, {
      email: `nul${NUL}@example.com`,
      name: `N${NUL}`,
      role: "RESPONDER",
      password: "a-long-enough-password",
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: [CONTROL_MESSAGE], name: [CONTROL_MESSAGE] },
    });
  });
});

describe("cursor and size", () => {
  it("a cursor whose number overflows an int is a 422 on cursor", async () => {
    const secret = await bearer(["incidents:read"]);
    for (const cursor of ["a.1700000000000.2147483648", "r.99999999999999999.1", "a.8640000000000001.1"]) {
      const body = await problem(await listRoute(call(`${BASE}/incidents?cursor=${cursor}`, secret), none), 422);
      expect(body.errors, cursor).toEqual({ cursor: ["Not a valid page cursor"] });
    }
    expect((await listRoute(call(`${BASE}/incidents?cursor=a.1700000000000.2147483647`, secret), none)).status).toBe(
      200,
    );
  });

  it("a 10 MB e-mail is 413, and a long one under the body limit is a 422 on the field", async () => {
    const secret = await bearer(["incidents:write"]);
    const huge = `${"a".repeat(10 * 1024 * 1024)}@example.com`;
    expect(
      (
        await problem(
          await declareRoute(
            call(`${BASE}/incidents`, secret, {
              title: "Huge",
              severity: "SEV3",
              componentSlugs: ["ci-cd-pipeline"],
              commanderEmail: huge,
            }),
            none,
          ),
          413,
        )
      ).title,
    ).toBe("TOO_LARGE");
    const long = `${"a".repeat(500_000)}@example.com`;
    const body = await problem(
      await declareRoute(
        call(`${BASE}/incidents`, secret, {
          title: "Long",
          severity: "SEV3",
          componentSlugs: ["ci-cd-pipeline"],
          commanderEmail: long,
        }),
        none,
      ),
      422,
    );
    expect(body.errors).toEqual({ commanderEmail: ["At most 254 characters"] });
  });
});

describe("unexpected failures", () => {
  it("are 500 INTERNAL with a request id that the log line carries", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = problemResponse(new Error("connection reset"));
    const body = await problem(response, 500);
    expect(body.title).toBe("INTERNAL");
    expect(body.detail).toContain(body.requestId);
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(body.requestId!), expect.any(Error));
  });

  it("reach a form as a message with the reference, not as a conflict", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = actionFailure(new TypeError("undefined is not a function"), { title: "kept" });
    const reference = /Reference ([0-9a-f-]{36})/.exec(state.message)?.[1];
    expect(reference).toBeTruthy();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(reference!), expect.any(TypeError));
    expect(state).toMatchObject({ ok: false, values: { title: "kept" } });
    expect(problemResponse(new DomainError("CONFLICT", "Already acknowledged.")).status).toBe(409);
  });
});
