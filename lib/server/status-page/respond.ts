import "server-only";
import { httpDate, isNotModified } from "@/lib/domain/http-cache";
import { escapeHtml } from "@/lib/domain/html";
import { LIVE_LINKS } from "@/lib/domain/status-page/links";
import { NONCE_SLOT, type Kind } from "./represent";
import { representation } from "./view";

// Readers revalidate every time (no-cache) and mostly get a bodiless 304; shared caches may keep it.
const CACHE_CONTROL = "public, no-cache";

/** Puts this response's CSP nonce on the live script (the last slot: typed text comes before it). */
function withNonce(body: string, nonce: string | null): string {
  const at = body.lastIndexOf(NONCE_SLOT);
  if (at < 0) return body;
  if (!nonce) return body.replace(`<script src="/status/live.js" nonce="${NONCE_SLOT}"></script>`, "");
  return body.slice(0, at) + escapeHtml(nonce) + body.slice(at + NONCE_SLOT.length);
}

function notFound(): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not found</title><link rel="stylesheet" href="${LIVE_LINKS.css}"></head><body><main id="main"><h1>Not on the status page</h1><p>There is no public page here. <a href="${LIVE_LINKS.home}">See the current status</a>.</p></main></body></html>`;
  return new Response(body, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

/** Answers a GET for a public representation: 304 when the reader's copy is current. */
export async function respondStatus(request: Request, kind: Kind, id?: string): Promise<Response> {
  const rep = await representation(kind, id);
  if (!rep) return notFound();
  const headers = {
    ETag: rep.etag,
    "Last-Modified": httpDate(rep.lastModified),
    "Cache-Control": CACHE_CONTROL,
  };
  const validators = {
    ifNoneMatch: request.headers.get("if-none-match"),
    ifModifiedSince: request.headers.get("if-modified-since"),
  };
  if (isNotModified(validators, rep)) return new Response(null, { status: 304, headers });
  const body = rep.contentType.startsWith("text/html") ? withNonce(rep.body, request.headers.get("x-nonce")) : rep.body;
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": rep.contentType } });
}

/** A fixed asset (stylesheet, script): tagged by its content, cached for a day. */
export function respondAsset(request: Request, body: string, contentType: string, etag: string): Response {
  const headers = { ETag: etag, "Cache-Control": "public, max-age=86400", "Content-Type": contentType };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
