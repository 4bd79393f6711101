// The header stamping of scripts/serve.ts over real sockets: loopback has many addresses
// (127.0.0.0/8), so one machine can play a client, an attacker and a trusted proxy.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_TRUSTED_PROXIES, parseTrustedProxies, type TrustedProxies } from "../lib/domain/client-ip";
import { stampClientAddress } from "./client-address";

let trust: TrustedProxies = NO_TRUSTED_PROXIES;
const server = http.createServer((req, res) => {
  stampClientAddress(req, trust);
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ client: req.headers["x-bridge-client-ip"], forwarded: req.headers["x-forwarded-for"] }));
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(localAddress: string, headers: Record<string, string>): Promise<{ client: string; forwarded: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, localAddress, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve(JSON.parse(body) as { client: string; forwarded: string }));
    });
    req.on("error", reject);
  });
}

describe("stampClientAddress", () => {
  it("without trusted proxies uses the socket and replaces client-sent copies of both headers", async () => {
    trust = NO_TRUSTED_PROXIES;
    const seen = await send("127.0.0.3", { "X-Forwarded-For": "203.0.113.1", "X-Bridge-Client-Ip": "203.0.113.2" });
    expect(seen).toEqual({ client: "127.0.0.3", forwarded: "127.0.0.3" });
  });

  it("believes X-Forwarded-For only when the socket peer is a trusted proxy", async () => {
    trust = parseTrustedProxies("127.0.0.2") as TrustedProxies;
    expect(await send("127.0.0.2", { "X-Forwarded-For": "198.51.100.1, 203.0.113.9" })).toEqual({
      client: "203.0.113.9",
      forwarded: "203.0.113.9",
    });
    expect(await send("127.0.0.4", { "X-Forwarded-For": "203.0.113.9" })).toEqual({
      client: "127.0.0.4",
      forwarded: "127.0.0.4",
    });
  });

  it("with a hop count takes the entry that many hops back", async () => {
    trust = parseTrustedProxies("2") as TrustedProxies;
    expect((await send("127.0.0.2", { "X-Forwarded-For": "198.51.100.1, 203.0.113.9, 10.1.1.1" })).client).toBe(
      "203.0.113.9",
    );
  });
});
