// Stamps every incoming request with the address it really came from, before Next.js sees it.
// Next.js only fills X-Forwarded-For when it is missing, so a client could otherwise name any address.
import type { IncomingMessage } from "node:http";
import { CLIENT_IP_HEADER, resolveClientIp, type TrustedProxies } from "../lib/domain/client-ip";

export function stampClientAddress(req: IncomingMessage, trust: TrustedProxies): string {
  const client = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], trust);
  // Overwriting req.headers is enough: Next.js builds its Request from this object, and rawHeaders
  // keep any client-sent copy only for logging.
  req.headers[CLIENT_IP_HEADER] = client;
  req.headers["x-forwarded-for"] = client;
  return client;
}
