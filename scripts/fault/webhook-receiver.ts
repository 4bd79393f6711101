// A real HTTP endpoint (node:http) that records every webhook POST and answers with the status
// a test chooses, e.g. 500 for the first attempt and 200 afterwards, and, for a slow receiver,
// only `answerAfterMs` after the request is in.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type WebhookRequest = {
  method: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The status answered; 0 when the sender closed the connection before its body was in. */
  status: number;
  at: number;
};

export type WebhookReceiver = {
  url: string;
  requests: WebhookRequest[];
  stop: () => Promise<void>;
};

/** `answer` picks the status for the n-th request (0-based) carrying an Idempotency-Key. */
export async function startWebhookReceiver(
  answer: (nth: number, key: string) => number = () => 200,
  answerAfterMs = 0,
): Promise<WebhookReceiver> {
  const requests: WebhookRequest[] = [];
  const seen = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let ended = false;
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    // A sender that gave up (its timeout) before the body was in still made an attempt: it is
    // recorded with status 0, so a test counts every attempt however busy the machine is.
    req.on("close", () => {
      if (ended) return;
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({ method: req.method ?? "", headers: req.headers, body, status: 0, at: Date.now() });
    });
    req.on("end", () => {
      ended = true;
      const key = String(req.headers["idempotency-key"] ?? "");
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      const status = answer(nth, key);
      requests.push({
        method: req.method ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        status,
        at: Date.now(),
      });
      const reply = () =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ ok: status < 300 }));
      if (answerAfterMs > 0) setTimeout(reply, answerAfterMs);
      else reply();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/bridge-hook`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
