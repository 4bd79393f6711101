import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv as parseDotenv } from "node:util";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const SECRET = "s".repeat(32);

function failure(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error("expected parseEnv to refuse the configuration");
}

describe("parseEnv", () => {
  it("starts with nothing set: embedded database, port 3000, demo seed", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      BRIDGE_DATA_DIR: ".data",
      BRIDGE_DEMO_SEED: "1",
      OIDC_NAME: "Single sign-on",
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("sizes the database pool for a burst and bounds every wait, each setting overridable", () => {
    expect(parseEnv({})).toMatchObject({
      DATABASE_POOL_MAX: 30,
      DATABASE_TX_MAX_WAIT_MS: 10_000,
      DATABASE_TX_TIMEOUT_MS: 20_000,
      DATABASE_CONNECT_TIMEOUT_MS: 5_000,
      DATABASE_STATEMENT_TIMEOUT_MS: 15_000,
    });
    expect(parseEnv({ DATABASE_POOL_MAX: "50" }).DATABASE_POOL_MAX).toBe(50);
    const message = failure({ DATABASE_POOL_MAX: "0", DATABASE_STATEMENT_TIMEOUT_MS: "soon" });
    expect(message).toContain("DATABASE_POOL_MAX");
    expect(message).toContain("DATABASE_STATEMENT_TIMEOUT_MS");
  });

  it("treats empty values as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", NEXTAUTH_URL: "", OIDC_CLIENT_ID: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.NEXTAUTH_URL).toBeUndefined();
  });

  it("accepts postgres:// and postgresql:// URLs and a numeric PORT", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db" }).DATABASE_URL).toBe("postgres://u@h/db");
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h:5432/db", PORT: "3100" })).toMatchObject({ PORT: 3100 });
  });

  it("names DATABASE_URL when it is not a Postgres URL, and nothing else", () => {
    const message = failure({ DATABASE_URL: "mysql://root@localhost/bridge", NEXTAUTH_SECRET: SECRET });
    expect(message).toContain("DATABASE_URL: must be a postgres:// or postgresql:// URL");
    expect(message.split("\n").filter((l) => l.startsWith("  "))).toHaveLength(1);
  });

  it("names each missing OIDC variable when only some are set", () => {
    const message = failure({ OIDC_ISSUER: "https://id.example.com" });
    expect(message).toContain("OIDC_CLIENT_ID: is required when any OIDC_* variable is set");
    expect(message).toContain("OIDC_CLIENT_SECRET: is required when any OIDC_* variable is set");
    expect(message).not.toContain("OIDC_ISSUER:");
  });

  it("accepts a complete OIDC configuration", () => {
    const env = parseEnv({ OIDC_ISSUER: "https://id.example.com", OIDC_CLIENT_ID: "bridge", OIDC_CLIENT_SECRET: "x" });
    expect(env.OIDC_CLIENT_ID).toBe("bridge");
  });

  it("wants both VAPID keys or neither, and a mailto: or https: subject", () => {
    expect(failure({ VAPID_PUBLIC_KEY: "pub" })).toContain(
      "VAPID_PRIVATE_KEY: is required when the other VAPID key is set",
    );
    expect(failure({ VAPID_SUBJECT: "ops@example.com" })).toContain("VAPID_SUBJECT: must be a mailto: or https:// URL");
    expect(parseEnv({}).VAPID_SUBJECT).toBe("mailto:bridge@localhost");
    const env = parseEnv({
      VAPID_PUBLIC_KEY: "pub",
      VAPID_PRIVATE_KEY: "priv",
      VAPID_SUBJECT: "https://ops.example.com",
    });
    expect(env).toMatchObject({
      VAPID_PUBLIC_KEY: "pub",
      VAPID_PRIVATE_KEY: "priv",
      VAPID_SUBJECT: "https://ops.example.com",
    });
  });

  it("refuses a NEXTAUTH_SECRET shorter than 32 characters", () => {
    expect(failure({ NEXTAUTH_SECRET: "s".repeat(31) })).toContain("NEXTAUTH_SECRET: must be at least 32 characters");
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET }).NEXTAUTH_SECRET).toBe(SECRET);
  });

  it("lists every bad variable in one message", () => {
    const message = failure({ PORT: "http", BRIDGE_DEMO_SEED: "yes", NEXTAUTH_URL: "not a url" });
    for (const name of ["PORT:", "BRIDGE_DEMO_SEED:", "NEXTAUTH_URL:"]) expect(message).toContain(name);
  });

  it("reads BRIDGE_TRUSTED_PROXIES as none, a hop count or ranges, and names a bad entry", () => {
    expect(parseEnv({}).BRIDGE_TRUSTED_PROXIES).toEqual({ kind: "none" });
    expect(parseEnv({ BRIDGE_TRUSTED_PROXIES: "1" }).BRIDGE_TRUSTED_PROXIES).toEqual({ kind: "hops", count: 1 });
    expect(parseEnv({ BRIDGE_TRUSTED_PROXIES: "10.0.0.0/8" }).BRIDGE_TRUSTED_PROXIES).toMatchObject({ kind: "cidrs" });
    expect(failure({ BRIDGE_TRUSTED_PROXIES: "10.0.0.0/8,proxy" })).toContain(
      'BRIDGE_TRUSTED_PROXIES: "proxy" is not an IP address',
    );
  });

  it("accepts .env.example as it stands, so copying it to .env starts the demo", () => {
    const example = parseDotenv(
      readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "../../.env.example"), "utf8"),
    );
    const env = parseEnv(example);
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
  });
});
