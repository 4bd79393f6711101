import "server-only";
import type { Db } from "@/lib/db/create-client";
import { summarize, type StatusSummary } from "@/lib/domain/status-page/summary";
import { db as defaultDb } from "../db";
import { getHub } from "../live/hub";
import { hashOf } from "./hash";
import { readSummaryRows } from "./read-rows";
import { renderRepresentation, type Kind, type Representation } from "./represent";

/**
 * The built summary and its rendered forms, cached per process. Any committed event (the live
 * hub hears every instance's) marks it stale; a short age limit covers what changes with time
 * alone (today's bar, a maintenance window opening). So heavy reading costs one build per change.
 */
type Entry = {
  seen: number;
  builtAt: number;
  hash: string;
  lastModified: Date;
  summary: StatusSummary;
  rendered: Map<string, Representation | null>;
};
type CacheState = { changes: number; listening: boolean; entry: Entry | null; building: Promise<Entry> | null };

const MAX_AGE_MS = 10_000;
const MAX_AGE_UNHEARD_MS = 1_000;
const MAX_RENDERED = 200;
const MIN_REBUILD_MS = 250;

const globalForStatus = globalThis as unknown as { bridgeStatusCache?: CacheState };
const state = (globalForStatus.bridgeStatusCache ??= { changes: 0, listening: false, entry: null, building: null });

function listen(): void {
  if (state.listening) return;
  try {
    getHub().subscribe(() => void state.changes++);
    state.listening = true;
  } catch {
    // No database URL for the hub (a script): fall back to the short age limit.
  }
}

/** Builds the summary from the database now, without the cache. */
export async function buildSummary(db: Db, now: Date): Promise<StatusSummary> {
  return summarize(await readSummaryRows(db, now), now);
}

async function build(db: Db, now: Date): Promise<Entry> {
  const seen = state.changes;
  // Read at the minute: an open incident's bar grows with time, and a version per minute is plenty.
  const summary = await buildSummary(db, new Date(Math.floor(now.getTime() / 60_000) * 60_000));
  const hash = hashOf(JSON.stringify(summary));
  const previous = state.entry;
  const published = summary.lastPublishedAt ? new Date(summary.lastPublishedAt) : new Date(0);
  // A change with no publication time of its own (an override, a regrouping) is dated when first seen.
  const lastModified =
    previous?.hash === hash
      ? previous.lastModified
      : new Date(Math.max(published.getTime(), previous ? now.getTime() : published.getTime()));
  return { seen, builtAt: now.getTime(), hash, lastModified, summary, rendered: new Map() };
}

async function currentEntry(now: Date, db: Db): Promise<Entry> {
  listen();
  const entry = state.entry;
  const maxAge = state.listening ? MAX_AGE_MS : MAX_AGE_UNHEARD_MS;
  const age = entry ? now.getTime() - entry.builtAt : Infinity;
  if (entry && entry.seen === state.changes && age < maxAge) return entry;
  // A burst of events (a delivery storm) rebuilds at most four times a second; the live page polls each second.
  if (entry && age < MIN_REBUILD_MS) return entry;
  state.building ??= build(db, now)
    .then((built) => (state.entry = built))
    .finally(() => (state.building = null));
  return state.building;
}

/** The current summary (cached). */
export async function currentSummary(now = new Date(), db: Db = defaultDb): Promise<StatusSummary> {
  return (await currentEntry(now, db)).summary;
}

/** One public representation, rendered once per version; null when there is no such public page. */
export async function representation(kind: Kind, id?: string, now = new Date(), db: Db = defaultDb) {
  const entry = await currentEntry(now, db);
  const key = `${kind}:${id ?? ""}`;
  if (!entry.rendered.has(key)) {
    const rendered = await renderRepresentation(entry.summary, kind, id, db, entry.hash);
    if (!rendered) return null;
    if (entry.rendered.size >= MAX_RENDERED) entry.rendered.clear();
    entry.rendered.set(key, rendered);
  }
  const rep = entry.rendered.get(key)!;
  return { ...rep, lastModified: entry.lastModified };
}

/** Forgets the cached summary (after a change made outside any event, and in tests). */
export function invalidateStatusCache(): void {
  state.changes++;
  state.entry = null;
}
