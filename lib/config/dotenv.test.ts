import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dotenvAdditions, loadDotenv } from "./dotenv";

describe("dotenvAdditions", () => {
  it("adds variables from the files without overriding the real environment", () => {
    const added = dotenvAdditions({ PORT: "4000", EMPTY: "" }, [
      null,
      "DATABASE_URL=postgres://u@h/db\nPORT=5000\nEMPTY=filled\n",
    ]);
    expect(added).toEqual({ DATABASE_URL: "postgres://u@h/db" });
  });

  it("lets .env.local win over .env", () => {
    const added = dotenvAdditions({}, ["PORT=3001\n", "PORT=3000\nBRIDGE_WORKER=0\n"]);
    expect(added).toEqual({ PORT: "3001", BRIDGE_WORKER: "0" });
  });

  it("reads comments, quotes and export-less lines the usual way", () => {
    const added = dotenvAdditions({}, ["# a comment\nSMTP_FROM=\"Bridge <b@x>\"\nOIDC_NAME='Company SSO'\n"]);
    expect(added).toEqual({ SMTP_FROM: "Bridge <b@x>", OIDC_NAME: "Company SSO" });
  });
});

describe("loadDotenv", () => {
  it("reads .env.local and .env from the directory into the environment", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-dotenv-"));
    try {
      const env: Record<string, string | undefined> = { NEXTAUTH_URL: "http://shell.example" };
      expect(loadDotenv(dir, env)).toEqual([]);
      writeFileSync(
        path.join(dir, ".env"),
        "DATABASE_URL=postgres://u@h/from-env\nNEXTAUTH_URL=http://file.example\nPORT=3000\n",
      );
      writeFileSync(path.join(dir, ".env.local"), "PORT=3999\n");
      expect(loadDotenv(dir, env).sort()).toEqual(["DATABASE_URL", "PORT"]);
      expect(env).toEqual({
        NEXTAUTH_URL: "http://shell.example",
        DATABASE_URL: "postgres://u@h/from-env",
        PORT: "3999",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
