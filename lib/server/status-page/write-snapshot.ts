import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/create-client";
import { snapshotFiles } from "./snapshot-files";
import { buildSummary } from "./view";

/**
 * Writes the static snapshot into `dir`. Every file is written whole into a temporary directory
 * beside it, then renamed into place (rename is atomic within one file system), so a web server
 * serving `dir` never hands out a half-written file, and a crash leaves the previous snapshot.
 */
export async function writeSnapshot(db: Db, dir: string, now: Date): Promise<string[]> {
  const files = snapshotFiles(await buildSummary(db, now));
  const temp = path.join(dir, `.tmp-${randomUUID()}`);
  try {
    for (const [name, body] of files) {
      await mkdir(path.dirname(path.join(temp, name)), { recursive: true });
      await writeFile(path.join(temp, name), body);
    }
    for (const [name] of files) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await rename(path.join(temp, name), path.join(dir, name));
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return files.map(([name]) => name);
}
