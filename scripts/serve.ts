// The web server of `npm start` and `npm run dev`: Next.js behind a plain node:http server, so
// the client address is taken from the socket (and trusted proxies only) rather than from
// whatever X-Forwarded-For a client sends, and a page asked for while the database is unreachable
// gets a plain 503 (scripts/database-guard.ts). Usage: serve.ts [--dev]. Listens on PORT, all interfaces.
import http from "node:http";
import next from "next";
import { EnvError, parseEnv } from "../lib/config/env";
import { projectRoot } from "./db/schema-engine";
import { stampClientAddress } from "./client-address";
import { createDatabaseProbe, guardPages } from "./database-guard";

const dev = process.argv.includes("--dev");
let env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const app = next({ dev, dir: projectRoot, hostname: "localhost", port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

const trust = env.BRIDGE_TRUSTED_PROXIES;
// `npm start` always passes the database it provided; without one there is nothing to probe.
const probe = env.DATABASE_URL ? createDatabaseProbe(env.DATABASE_URL) : null;
const server = http.createServer((req, res) => {
  stampClientAddress(req, trust);
  const serve = () => handle(req, res);
  (probe ? guardPages(probe, req, res, serve) : serve()).catch((error: unknown) => {
    console.error("serve: request failed:", error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
// Upgrades (the dev server's hot reload socket) are attached by Next.js itself on the first request.
server.listen(env.PORT, () =>
  console.log(`serve: listening on port ${env.PORT}${dev ? " (development, hot reload)" : ""}`),
);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close();
    server.closeAllConnections();
    void Promise.allSettled([app.close(), probe?.close()]).finally(() => process.exit(0));
  });
}
