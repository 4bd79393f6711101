// A push service on node:http, standing in for the browser vendors' (RFC 8030). It makes
// subscriptions like a browser does (its own P-256 key pair and auth secret), checks each push's
// VAPID signature (RFC 8292) and decrypts its body (RFC 8291 over RFC 8188) with the
// subscription's private key, then answers with the status a test chooses.
import {
  createECDH,
  createHmac,
  createPublicKey,
  createDecipheriv,
  randomBytes,
  randomUUID,
  verify,
} from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedPush = {
  endpoint: string;
  headers: http.IncomingHttpHeaders;
  /** The decrypted JSON, or null when the push failed a check (see `error`). */
  payload: unknown;
  claims: { aud: string; exp: number; sub: string } | null;
  error: string | null;
  status: number;
  at: number;
};

export type TestSubscription = { endpoint: string; keys: { p256dh: string; auth: string } };

export type PushReceiver = {
  origin: string;
  pushes: ReceivedPush[];
  /** A new browser subscription whose pushes this receiver can decrypt. */
  subscribe: () => TestSubscription;
  stop: () => Promise<void>;
};

type Keys = { ecdh: ReturnType<typeof createECDH>; auth: Buffer };

const DAY_S = 24 * 60 * 60;

/** RFC 8292 §2–3: `vapid t=<ES256 JWT>, k=<signer's public key>`; aud is the push service's origin, exp within 24 h. */
export function checkVapid(authorization: string | undefined, origin: string, nowS: number) {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+),\s*k=([\w-]+)$/.exec(authorization ?? "");
  if (!match) throw new Error(`Authorization is not "vapid t=…, k=…": ${authorization}`);
  const [, jwt, k] = match;
  const [head, body, signature] = jwt.split(".");
  const header = JSON.parse(Buffer.from(head, "base64url").toString("utf8")) as { alg?: string };
  if (header.alg !== "ES256") throw new Error(`JWT alg is ${header.alg}, not ES256`);
  const point = Buffer.from(k, "base64url");
  if (point.length !== 65 || point[0] !== 4) throw new Error("k is not an uncompressed P-256 point");
  const key = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  // JWS ES256 signatures are r‖s (64 bytes), not DER (RFC 7518 §3.4).
  const signed = verify(
    "sha256",
    Buffer.from(`${head}.${body}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!signed) throw new Error("JWT signature does not verify with k");
  const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as {
    aud: string;
    exp: number;
    sub: string;
  };
  if (claims.aud !== origin) throw new Error(`aud ${claims.aud} is not ${origin}`);
  if (!(claims.exp > nowS && claims.exp <= nowS + DAY_S)) throw new Error(`exp ${claims.exp} is not within 24 h`);
  if (!/^(mailto:|https:)/.test(claims.sub)) throw new Error(`sub ${claims.sub} is not a mailto: or https: URL`);
  return claims;
}

const hmac = (key: Buffer, data: Buffer) => createHmac("sha256", key).update(data).digest();

/**
 * Decrypts an aes128gcm push body. RFC 8188 §2.1: header = salt(16) ‖ rs(4) ‖ idlen(1) ‖ keyid,
 * where for Web Push keyid is the sender's ephemeral public key (RFC 8291 §4). RFC 8291 §3.3–3.4:
 * ecdh_secret = ECDH(ua_private, as_public); PRK_key = HMAC(auth, ecdh_secret);
 * IKM = HMAC(PRK_key, "WebPush: info" ‖ 0 ‖ ua_public ‖ as_public ‖ 1). RFC 8188 §2.2–2.3:
 * PRK = HMAC(salt, IKM); CEK = HMAC(PRK, "Content-Encoding: aes128gcm" ‖ 0 ‖ 1)[0..16];
 * NONCE = HMAC(PRK, "Content-Encoding: nonce" ‖ 0 ‖ 1)[0..12], XORed with the record number.
 * Each record is AES-128-GCM with its 16-byte tag at the end; its plaintext ends with a padding
 * delimiter (2 in the last record, 1 before) followed by zero bytes (RFC 8188 §2).
 */
export function decryptAes128gcm(body: Buffer, keys: Keys): Buffer {
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20];
  const senderPublic = body.subarray(21, 21 + idlen);
  if (idlen !== 65) throw new Error(`keyid is ${idlen} bytes, not a P-256 public key`);
  const ecdhSecret = keys.ecdh.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([
    Buffer.from("WebPush: info\0"),
    keys.ecdh.getPublicKey(),
    senderPublic,
    Buffer.from([1]),
  ]);
  const ikm = hmac(hmac(keys.auth, ecdhSecret), keyInfo);
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from("Content-Encoding: aes128gcm\0\x01")).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from("Content-Encoding: nonce\0\x01")).subarray(0, 12);
  const records = body.subarray(21 + idlen);
  const out: Buffer[] = [];
  for (let seq = 0, at = 0; at < records.length; seq++, at += rs) {
    const record = records.subarray(at, Math.min(at + rs, records.length));
    const iv = Buffer.from(nonce);
    iv.writeUInt32BE((iv.readUInt32BE(8) ^ seq) >>> 0, 8); // seq is far below 2^32
    const decipher = createDecipheriv("aes-128-gcm", cek, iv);
    decipher.setAuthTag(record.subarray(record.length - 16));
    const plain = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    let end = plain.length - 1;
    while (end >= 0 && plain[end] === 0) end--;
    const last = at + rs >= records.length;
    if (plain[end] !== (last ? 2 : 1)) throw new Error(`record ${seq} has no padding delimiter`);
    out.push(plain.subarray(0, end));
  }
  return Buffer.concat(out);
}

/** `answer` picks the status for the n-th push (0-based) to an endpoint; a push failing a check gets 400. */
export async function startPushReceiver(
  answer: (nth: number, endpoint: string) => number = () => 201,
): Promise<PushReceiver> {
  const pushes: ReceivedPush[] = [];
  const subscriptions = new Map<string, Keys>();
  const seen = new Map<string, number>();
  let origin = "";
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const endpoint = `${origin}${req.url ?? ""}`;
      const push: ReceivedPush = {
        endpoint,
        headers: req.headers,
        payload: null,
        claims: null,
        error: null,
        status: 201,
        at: Date.now(),
      };
      try {
        const keys = subscriptions.get(endpoint);
        if (!keys) throw new Error(`no subscription at ${endpoint}`);
        if (req.headers["content-encoding"] !== "aes128gcm") throw new Error("Content-Encoding is not aes128gcm");
        push.claims = checkVapid(req.headers.authorization, origin, Math.floor(Date.now() / 1000));
        push.payload = JSON.parse(decryptAes128gcm(Buffer.concat(chunks), keys).toString("utf8"));
        const nth = seen.get(endpoint) ?? 0;
        seen.set(endpoint, nth + 1);
        push.status = answer(nth, endpoint);
      } catch (error) {
        push.error = error instanceof Error ? error.message : String(error);
        push.status = 400;
      }
      pushes.push(push);
      res.writeHead(push.status).end(push.error ?? "");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pushes,
    subscribe() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${origin}/push/${randomUUID()}`;
      subscriptions.set(endpoint, { ecdh, auth });
      return {
        endpoint,
        keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") },
      };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
