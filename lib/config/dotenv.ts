// Which variables the .env files add. Precedence: the real environment, then .env.local, then
// .env (the order Next.js uses too), so a file never overrides what the shell already set.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

export const DOTENV_FILES = [".env.local", ".env"] as const;

/** `contents` in DOTENV_FILES order (null for a missing file); returns the variables to add. */
export function dotenvAdditions(
  current: Record<string, string | undefined>,
  contents: (string | null)[],
): Record<string, string> {
  const added: Record<string, string> = {};
  for (const text of contents) {
    if (text === null) continue;
    for (const [key, value] of Object.entries(parseEnv(text))) {
      if (value === undefined || key in added || current[key] !== undefined) continue;
      added[key] = value;
    }
  }
  return added;
}

/** Reads the .env files in `dir` into `env` (process.env by default); returns the names added. */
export function loadDotenv(dir: string, env: Record<string, string | undefined> = process.env): string[] {
  const contents = DOTENV_FILES.map((name) => {
    const file = path.join(dir, name);
    return existsSync(file) ? readFileSync(file, "utf8") : null;
  });
  const added = dotenvAdditions(env, contents);
  Object.assign(env, added);
  return Object.keys(added);
}
