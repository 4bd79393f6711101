// Runs before every request except static assets. It sets the security headers (a fresh CSP
// nonce per request, which Next puts on its own scripts) on all pages and API answers, and sends
// signed-out visitors of the console to /login. The redirect is only a convenience: every page,
// action and service checks the session and role again on the server.
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { isHttps, securityHeaders } from "@/lib/domain/security-headers";

const signInGate = withAuth({ pages: { signIn: "/login" } });
// The offline page, the service worker, the manifest and icons are public: the worker caches the
// offline page whether or not anyone is signed in.
const PUBLIC =
  /^\/(?:login|status(?:$|[/.])|api|_next|favicon\.ico|forbidden|ack\/|offline$|sw\.js$|manifest\.webmanifest$|icons\/)/;
// RFC 8058: mail clients POST to the very URL in List-Unsubscribe; the page lives there, the handler beside it.
const ONE_CLICK = /^\/status\/unsubscribe\/[^/]+$/;

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders({
    nonce,
    https: isHttps(process.env.NEXTAUTH_URL, request.headers.get("x-forwarded-proto")),
    dev: process.env.NODE_ENV === "development",
    formTargets: process.env.OIDC_ISSUER ? [new URL(process.env.OIDC_ISSUER).origin] : [],
    inlineStyles: request.nextUrl.pathname === "/api",
  });
  if (!PUBLIC.test(request.nextUrl.pathname)) {
    const redirect = await signInGate(request as NextRequestWithAuth, event);
    if (redirect) return withHeaders(redirect, headers);
  }
  // Next reads the nonce from the request's CSP header while rendering; pages may read x-nonce.
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]);
  if (request.method === "POST" && ONE_CLICK.test(request.nextUrl.pathname)) {
    const target = new URL(`${request.nextUrl.pathname}/one-click`, request.url);
    return withHeaders(NextResponse.rewrite(target, { request: { headers: forwarded } }), headers);
  }
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
