import "server-only";
import type { BridgeEvent } from "../events";
import type { LiveHub } from "./hub";

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;

// A client that stops reading while events pile up is dropped; its browser reconnects and resyncs.
const MAX_QUEUED_CHUNKS = 1_000;

export type EventStreamOptions = { heartbeatMs?: number; since?: Date };

/** An SSE message naming the event `change`; its data is the JSON event. */
export function changeMessage(event: BridgeEvent): string {
  return `event: change\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * Streams the hub's events to one browser until it goes away: the request's abort signal or
 * the stream's cancellation both end the subscription, so disconnects never leak.
 */
export function eventStream(hub: LiveHub, signal: AbortSignal, options: EventStreamOptions = {}): Response {
  const encoder = new TextEncoder();
  let finish = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let done = false;
      const send = (text: string) => {
        if (done) return;
        if ((controller.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) return close();
        controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        finish();
        try {
          controller.close();
        } catch {
          // already closed by the reader's cancel
        }
      };
      if (signal.aborted) return controller.close();
      send("retry: 2000\n: connected to Bridge live updates\n\n");
      const unsubscribe = hub.subscribe((event) => send(changeMessage(event)), options.since);
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), options.heartbeatMs ?? 15_000);
      finish = () => {
        if (done) return;
        done = true;
        clearInterval(heartbeat);
        unsubscribe();
        signal.removeEventListener("abort", close);
      };
      signal.addEventListener("abort", close);
    },
    cancel() {
      finish();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}

/** The `since` query parameter (when the page was read), or undefined when absent or unreadable. */
export function parseSince(value: string | null): Date | undefined {
  if (!value) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
