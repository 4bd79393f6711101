// The static snapshot: scheduling it in a transaction leaves a job the real worker runs, which
// writes the page, its JSON, both feeds and the incident pages, each file renamed into place whole.
import { existsSync } from "node:fs";
import { mkdtemp, open, readdir, readFile, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { runWorkerUntil } from "@/lib/server/jobs/test-worker";
import { scheduleStatusSnapshot } from "./schedule-snapshot";
import { writeSnapshot } from "./write-snapshot";

// Read by lib/server/env.ts on its first import, which comes after this.
const jobDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/bridge-snapshot-job-${process.pid}-${Date.now()}`;
  process.env.BRIDGE_STATUS_SNAPSHOT_DIR = dir;
  return dir;
});

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

describe("status snapshot", () => {
  it("writes the page, JSON, feeds and pages of the published incidents, and leaves no temporary files", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bridge-snapshot-"));
    const published = await db.incident.findFirstOrThrow({
      where: { statusUpdates: { some: { publishedAt: { not: null }, public: true } } },
      include: { statusUpdates: { where: { publishedAt: { not: null } }, orderBy: { publishedAt: "asc" } } },
    });
    await writeSnapshot(db, dir, new Date());
    const names = await files(dir);
    expect(names).toEqual(expect.arrayContaining(["index.html", "status.json", "feed.atom", "feed.rss", "status.css"]));
    expect(names).toContain(`incidents/${published.id}.html`);
    expect(names.some((n) => n.startsWith(".tmp-"))).toBe(false);

    const json = JSON.parse(await readFile(path.join(dir, "status.json"), "utf8")) as { components: unknown[] };
    expect(json.components.length).toBeGreaterThan(0);
    for (const feed of ["feed.atom", "feed.rss"])
      expect(XMLValidator.validate(await readFile(path.join(dir, feed), "utf8"))).toBe(true);
    const index = await readFile(path.join(dir, "index.html"), "utf8");
    expect(index).toContain(`href="./incidents/${published.id}.html"`);
    expect(index).toContain('href="./status.css"');
    expect(index).not.toContain("<script");
    const page = await readFile(path.join(dir, `incidents/${published.id}.html`), "utf8");
    expect(page).toContain(published.statusUpdates[0].message.slice(0, 20));
  });

  it("replaces a file by renaming a whole new one over it: a reader holding the old one reads it whole", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bridge-snapshot-"));
    await writeFile(path.join(dir, "index.html"), "old snapshot");
    const before = await stat(path.join(dir, "index.html"));
    const reader = await open(path.join(dir, "index.html"));
    await writeSnapshot(db, dir, new Date());
    expect((await stat(path.join(dir, "index.html"))).ino).not.toBe(before.ino);
    expect(await reader.readFile("utf8")).toBe("old snapshot");
    await reader.close();
    expect(await readFile(path.join(dir, "index.html"), "utf8")).toContain("<!doctype html>");
  });

  it("is written by the worker after scheduleStatusSnapshot commits, into BRIDGE_STATUS_SNAPSHOT_DIR", async () => {
    const now = new Date();
    await db.$transaction((tx) => scheduleStatusSnapshot(tx, now));
    const job = await db.job.findUniqueOrThrow({ where: { key: `status-snapshot:${now.toISOString()}` } });
    expect(job.kind).toBe("status-snapshot");
    await runWorkerUntil(async () => existsSync(path.join(jobDir, "index.html")));
    expect(await files(jobDir)).toEqual(expect.arrayContaining(["index.html", "status.json", "feed.atom", "feed.rss"]));
    const done = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(done.status).toBe("DONE");
  });
});
