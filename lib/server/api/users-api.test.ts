// /api/v1/users is for admins signed in: no token scope grants managing people.
import { describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/users/route";
import { TOKEN_SCOPES } from "@/lib/domain/token-scopes";
import { db } from "@/lib/server/db";
import { none, problem, request, tokenWith } from "./test-fixtures";

const URL = "http://localhost:3000/api/v1/users";

describe("/api/v1/users", () => {
  it("refuses an admin's token with every scope, for reading and creating alike", async () => {
    const { secret } = await tokenWith([...TOKEN_SCOPES]);
    expect((await problem(await listRoute(request(URL, secret), none), 403)).detail).toContain(
      "no token scope grants it",
    );
    const email = `api-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const body = { email, name: "Via token", role: "RESPONDER", password: "correct horse battery" };
    await problem(await createRoute(request(URL, secret, { body }), none), 403);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
