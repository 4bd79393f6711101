import { describe, expect, it } from "vitest";
import { assertLocalDatabase } from "./assert-local-database";

describe("assertLocalDatabase", () => {
  it.each([
    "postgresql://postgres@127.0.0.1:5432/bridge_ci",
    "postgresql://postgres@localhost/bridge",
    "postgres://u:p@[::1]:5432/db",
  ])("accepts %s", (url) => {
    expect(() => assertLocalDatabase(url)).not.toThrow();
  });

  it.each([
    "postgresql://admin@db.example.com:5432/bridge",
    "postgresql://postgres@10.0.0.5/bridge",
    "postgresql://postgres@localhost.example.com/bridge",
    "not a url",
  ])("refuses %s", (url) => {
    expect(() => assertLocalDatabase(url)).toThrow(/Refusing to run tests/);
  });
});
