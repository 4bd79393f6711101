// GET /api — the API reference: the OpenAPI document of /api/v1 rendered by Scalar, offline.
// A route handler rather than a page: /api is the folder of the route handlers, and the renderer
// wants a bare document of its own, not the console's layout.
import { headers } from "next/headers";

// Rendered per request: the scripts carry this response's CSP nonce (set in proxy.ts).
export const dynamic = "force-dynamic";

// Scalar's options: nothing fetched from the network but the document (no web fonts, no telemetry,
// no AI agent, which would search Scalar's registry; no proxy for "try it"), and no developer toolbar.
const CONFIG = {
  url: "/api/v1/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  showDeveloperTools: "never",
  hideClientButton: true,
  hideDarkModeToggle: false,
  defaultOpenAllTags: true,
  agent: { disabled: true },
  metaData: { title: "Bridge API reference" },
};

export async function GET(): Promise<Response> {
  const nonce = (await headers()).get("x-nonce") ?? "";
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bridge API reference</title>
<style nonce="${nonce}">body{margin:0}html,body{max-width:100vw;overflow-x:hidden}</style>
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="/api/reference.js"></script>
<script nonce="${nonce}">Scalar.createApiReference("#app", ${JSON.stringify(CONFIG)});</script>
</body>
</html>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
