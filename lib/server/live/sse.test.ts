// The SSE stream over a real hub and database: what it sends first, how events and heartbeats
// are framed, and that a disconnect (abort or cancel) frees the hub subscription.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { emit } from "@/lib/server/events";
import { LiveHub } from "./hub";
import { eventStream, parseSince, SSE_HEADERS } from "./sse";
import { sleep, until } from "./test-listen";

const hubs: LiveHub[] = [];
afterEach(() => {
  for (const hub of hubs.splice(0)) hub.close();
});

function newHub(): LiveHub {
  const hub = new LiveHub({ url: process.env.DATABASE_URL! });
  hubs.push(hub);
  return hub;
}

/** Reads the stream as text as it arrives. */
function reader(response: Response) {
  const stream = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ended = false;
  void (async () => {
    for (;;) {
      const { done, value } = await stream.read().catch(() => ({ done: true, value: undefined }));
      if (done) return void (ended = true);
      text += decoder.decode(value, { stream: true });
    }
  })();
  return { text: () => text, ended: () => ended, cancel: () => stream.cancel() };
}

describe("eventStream", () => {
  it("answers with SSE headers, a retry hint and a comment, then events and heartbeats", async () => {
    const hub = newHub();
    const response = eventStream(hub, new AbortController().signal, { heartbeatMs: 100 });
    for (const [name, value] of Object.entries(SSE_HEADERS)) expect(response.headers.get(name)).toBe(value);
    const body = reader(response);
    await until(() => body.text().length > 0, 1_000, "the first bytes");
    expect(body.text()).toMatch(/^retry: 2000\n: [^\n]+\n\n/);
    await until(() => hub.stats().connected, 15_000, "the hub to connect");
    await until(
      () => body.text().includes('event: change\ndata: {"type":"resync"}\n\n'),
      2_000,
      "the resync on connect",
    );
    await db.$transaction((tx) => emit(tx, { type: "test.sse", id: "sse-1" }));
    const expected = hub.stats().mode === "poll" ? '{"type":"resync"}' : '{"type":"test.sse","id":"sse-1"}';
    await until(
      () => body.text().split("event: change\ndata: ").length > 2 && body.text().includes(`data: ${expected}\n\n`),
      1_000,
      "the event",
    );
    await until(() => body.text().includes(": heartbeat\n\n"), 1_000, "a heartbeat");
    await body.cancel();
  });

  it("unsubscribes when the request is aborted, and ends the stream", async () => {
    const hub = newHub();
    const controllers = [new AbortController(), new AbortController()];
    const bodies = controllers.map((c) => reader(eventStream(hub, c.signal)));
    await until(() => bodies.every((b) => b.text().length > 0), 1_000, "both streams to start");
    expect(hub.stats().subscribers).toBe(2);
    controllers[0].abort();
    expect(hub.stats().subscribers).toBe(1);
    await until(() => bodies[0].ended(), 1_000, "the aborted stream to end");
    expect(bodies[1].ended()).toBe(false);
    controllers[1].abort();
    expect(hub.stats()).toMatchObject({ subscribers: 0, connected: false });
  });

  it("unsubscribes when the reader cancels the stream", async () => {
    const hub = newHub();
    const body = reader(eventStream(hub, new AbortController().signal));
    await until(() => hub.stats().connected, 15_000, "the hub to connect");
    expect(hub.stats().subscribers).toBe(1);
    await body.cancel();
    expect(hub.stats()).toMatchObject({ subscribers: 0, connected: false });
  });

  it("does not subscribe at all for a request that was aborted before it started", async () => {
    const hub = newHub();
    const controller = new AbortController();
    controller.abort();
    const body = reader(eventStream(hub, controller.signal));
    await until(() => body.ended(), 1_000, "the stream to end");
    await sleep(50);
    expect(hub.stats().subscribers).toBe(0);
  });
});

describe("parseSince", () => {
  it("reads an ISO time and ignores anything else", () => {
    expect(parseSince("2026-01-02T03:04:05.000Z")?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
    expect(parseSince("yesterday")).toBeUndefined();
    expect(parseSince(null)).toBeUndefined();
  });
});
