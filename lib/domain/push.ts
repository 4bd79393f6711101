// Web Push: what a browser hands over when it subscribes, how a device is named for its owner,
// and the JSON a notification carries to the service worker (public/sw.js reads these fields).
import { z } from "zod";

// PushSubscription.toJSON() keys, base64url: p256dh is an uncompressed P-256 point (65 bytes),
// auth a 16-byte secret (RFC 8291 §3). Padding is tolerated; some browsers add it.
const base64url = (bytes: number, name: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${name} must be base64url`)
    .refine((v) => Buffer.from(v, "base64url").length === bytes, `${name} must be ${bytes} bytes`);

/**
 * A browser's subscription. Push services are HTTPS; plain http is accepted only where
 * `allowHttp` (outside production), for a local test push service.
 */
export function pushSubscriptionInput(allowHttp: boolean) {
  return z.object({
    endpoint: z
      .url("endpoint must be a URL")
      .max(2048)
      // Refinements run even after the URL check failed, so a non-URL must not reach `new URL`.
      .refine((v) => {
        const protocol = URL.canParse(v) ? new URL(v).protocol : "https:";
        return protocol === "https:" || (allowHttp && protocol === "http:");
      }, "endpoint must be an https:// URL"),
    keys: z.object({ p256dh: base64url(65, "p256dh"), auth: base64url(16, "auth") }),
    userAgent: z.string().max(1000).optional(),
  });
}
export type PushSubscriptionInput = z.infer<ReturnType<typeof pushSubscriptionInput>>;

const BROWSERS: [RegExp, string][] = [
  [/EdgA?\//, "Edge"],
  [/OPR\//, "Opera"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

/** "Chrome on Android": enough for a person to tell their devices apart; the UA's details are not kept. */
export function deviceLabel(userAgent: string | null | undefined): string {
  const ua = userAgent ?? "";
  const browser = BROWSERS.find(([re]) => re.test(ua))?.[1];
  const system = SYSTEMS.find(([re]) => re.test(ua))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? "Unknown browser";
}

export type PushPayload = {
  title: string;
  body: string;
  url: string;
  incidentNumber: number | null;
  ackUrl: string | null;
};

// Push services accept about 4 KB of encrypted payload; the text is cut well below that.
const MAX_BODY = 600;

/**
 * The notification of one delivery: its subject as the title and the first paragraph of its text
 * (the links have fields of their own), the incident's absolute URL, and the one-click ack link of a page.
 */
export function pushPayload(p: {
  subject: string;
  body: string;
  url: string;
  incidentNumber: number | null;
  ackUrl: string | null;
}): PushPayload {
  const first = p.body.split(/\n\s*\n/)[0]?.trim() ?? "";
  const body = first.length > MAX_BODY ? `${first.slice(0, MAX_BODY - 1)}…` : first;
  return { title: p.subject, body, url: p.url, incidentNumber: p.incidentNumber, ackUrl: p.ackUrl };
}

/** A push service's answer that the subscription is gone for good (RFC 8030 §7.3: 404 and 410). */
export function subscriptionGone(status: number): boolean {
  return status === 404 || status === 410;
}
