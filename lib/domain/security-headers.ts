// The security headers every response carries, as pure data: proxy.ts supplies the per-request
// nonce and whether the site is served over HTTPS.

export type SecurityHeaderInput = {
  nonce: string;
  https: boolean;
  /** Development needs 'unsafe-eval' (React rebuilds server error stacks with eval). */
  dev?: boolean;
  /** Origins a form may post or redirect to besides this site (the OpenID provider, when set). */
  formTargets?: string[];
  /**
   * Allow <style> elements without the nonce: the API reference's renderer (Scalar) injects its
   * styles at run time and cannot be given one. Scripts stay nonce-only.
   */
  inlineStyles?: boolean;
};

export function contentSecurityPolicy({
  nonce,
  https,
  dev = false,
  formTargets = [],
  inlineStyles = false,
}: SecurityHeaderInput): string {
  const directives = [
    "default-src 'self'",
    // Only scripts carrying this response's nonce, and what they load ('strict-dynamic'); never inline handlers.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // <style> elements need the nonce. Style attributes (rendered by Next's built-in error pages and
    // React's style prop on the server) are allowed: they cannot run script or select on page content.
    // A nonce would make browsers ignore 'unsafe-inline', so the reference page gets the latter alone.
    inlineStyles ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (public/sw.js) and the web app manifest come from this site only.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** All security headers for one response. HSTS only over HTTPS: browsers ignore it on http anyway. */
export function securityHeaders(input: SecurityHeaderInput): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(input),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    ...(input.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** Whether the site is reached over HTTPS: its configured URL says so, or the proxy in front of it does. */
export function isHttps(appUrl: string | undefined, forwardedProto: string | null): boolean {
  if (appUrl?.startsWith("https://")) return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
