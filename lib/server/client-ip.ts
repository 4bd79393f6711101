import "server-only";
import { CLIENT_IP_HEADER, UNKNOWN_CLIENT } from "@/lib/domain/client-ip";

/**
 * The requester's address as the web server (scripts/serve.ts) resolved it from the socket and
 * the trusted proxies. Never read X-Forwarded-For directly: clients write it.
 */
export function clientIpFrom(headers: Headers | Record<string, unknown> | undefined): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers?.[CLIENT_IP_HEADER];
  return typeof value === "string" && value !== "" ? value : UNKNOWN_CLIENT;
}
