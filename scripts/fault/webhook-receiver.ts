// A real HTTP endpoint (node:http) that records every webhook POST and answers with the status
// a test chooses, e.g. 500 for the first attempt and 200 afterwards, and, for a slow receiver,
// only `answerAfterMs` after the request is in.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type WebhookRequest = {
  method: string;
  headers: http.IncomingHttpHeaders;
  body: string;
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
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
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
