import "server-only";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Endpoint } from "./endpoint";
import { ENDPOINTS } from "./endpoints";
import { route } from "./handle";

// A real HTTP server for tests: each request goes to `route(endpoint)` of the
// ENDPOINTS entry whose method and path template match, with the path parameters handed over as
// Next hands them to a route handler (decoded strings). Nothing else of the app is served.

// Route files type their parameters; the server hands over whatever the template names.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response>;
/** A route handler outside ENDPOINTS (a route file's export), served at `method path`. */
export type ExtraRoute = { method: string; path: string; handler: Handler };
type Compiled = { method: string; pattern: RegExp; names: string[]; handler: Handler };

function compile({ method, path, handler }: ExtraRoute): Compiled {
  const names: string[] = [];
  const source = path
    .split("/")
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/]+)";
    })
    .join("/");
  return { method, pattern: new RegExp(`^${source}/?$`), names, handler };
}

/** The endpoint answering `method pathname`, with its decoded path parameters; undefined when none does. */
export function dispatcher(endpoints: readonly Endpoint[] = ENDPOINTS, extra: readonly ExtraRoute[] = []) {
  const compiled = [...endpoints.map((e) => ({ method: e.method, path: e.path, handler: route(e) })), ...extra].map(
    compile,
  );
  return (method: string, pathname: string) => {
    for (const c of compiled) {
      if (c.method !== method) continue;
      const match = c.pattern.exec(pathname);
      if (!match) continue;
      let params: Record<string, string>;
      try {
        params = Object.fromEntries(c.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      } catch {
        return undefined; // Next answers a malformed escape with 404 before any handler runs.
      }
      return { handler: c.handler, params };
    }
    return undefined;
  };
}

async function bodyOf(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === "GET" || req.method === "HEAD") return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

export type TestServer = { url: string; server: Server; close: () => Promise<void> };

/** Starts the server on a free port of 127.0.0.1, serving `endpoints` and then `extra`. */
export async function startTestServer(
  endpoints: readonly Endpoint[] = ENDPOINTS,
  extra: readonly ExtraRoute[] = [],
): Promise<TestServer> {
  const find = dispatcher(endpoints, extra);
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
      const found = find(req.method ?? "GET", url.pathname);
      if (!found) {
        res.statusCode = 404;
        res.setHeader("content-type", "application/problem+json");
        res.end(
          JSON.stringify({ type: "about:blank", title: "NOT_FOUND", status: 404, detail: "No such route", errors: {} }),
        );
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      const body = await bodyOf(req);
      const request = new Request(url, {
        method: req.method,
        headers,
        body: body?.length ? new Uint8Array(body) : undefined,
      });
      await send(res, await found.handler(request, { params: Promise.resolve(found.params) }));
    })().catch((error: unknown) => {
      console.error("Test server failed:", error);
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
