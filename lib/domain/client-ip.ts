// Which address a request really came from. X-Forwarded-For is written by whoever sends the
// request, so its entries are believed only as far as the chain runs through proxies the operator
// trusts: a hop count (that many proxies stand in front) or a list of proxy addresses/CIDRs.

export type TrustedProxies = { kind: "none" } | { kind: "hops"; count: number } | { kind: "cidrs"; ranges: Cidr[] };
export type Cidr = { bytes: number[]; prefix: number };

export const NO_TRUSTED_PROXIES: TrustedProxies = { kind: "none" };
/** Returned when the socket has no address (already closed). */
export const UNKNOWN_CLIENT = "unknown";

function parseIpv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

function parseIpv6(input: string): number[] | null {
  const text = input.replace(/%[\w.-]+$/, ""); // zone id (fe80::1%eth0) does not identify a host
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split("::").length > 2) return null;
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null];
  const toGroups = (part: string): number[] | null => {
    if (part === "") return [];
    const out: number[] = [];
    const pieces = part.split(":");
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      if (i === pieces.length - 1 && piece.includes(".")) {
        const v4 = parseIpv4(piece);
        if (!v4) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) out.push(parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const first = toGroups(head);
  const last = tail === null ? [] : toGroups(tail);
  if (!first || !last) return null;
  if (head.includes(".") && tail !== null) return null; // an IPv4 tail may only end the address
  const missing = 8 - first.length - last.length;
  if (tail === null ? missing !== 0 : missing < 1) return null;
  const groups = [...first, ...Array<number>(tail === null ? 0 : missing).fill(0), ...last];
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

/** 4 bytes for IPv4 (also for IPv4-mapped IPv6), 16 for IPv6, null when not an address. */
export function parseIp(input: string): number[] | null {
  const text = input.trim();
  const v4 = parseIpv4(text);
  if (v4) return v4;
  const v6 = parseIpv6(text);
  if (!v6) return null;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? v6.slice(12) : v6;
}

/** One spelling per address (RFC 5952 for IPv6), so throttle keys cannot be dodged by rewriting. */
export function formatIp(bytes: number[]): string {
  if (bytes.length === 4) return bytes.join(".");
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]);
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length && j - i > 1) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.start < 0) return hex.join(":");
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}

/** An X-Forwarded-For entry may carry a port ("1.2.3.4:80", "[::1]:80") or brackets. */
function parseForwardedEntry(entry: string): number[] | null {
  const text = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) return parseIp(bracketed[1]);
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(text);
  return parseIp(v4WithPort ? v4WithPort[1] : text);
}

function inRange(bytes: number[], range: Cidr): boolean {
  if (bytes.length !== range.bytes.length) return false;
  for (let bit = 0; bit < range.prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    if ((bytes[bit >> 3] & mask) !== (range.bytes[bit >> 3] & mask)) return false;
  }
  return true;
}

/**
 * Parses the trusted-proxy setting: empty (trust none), a hop count ("1"), or a comma-separated
 * list of addresses and CIDR ranges ("10.0.0.0/8, ::1"). Returns an error message when malformed.
 */
export function parseTrustedProxies(input: string): TrustedProxies | { error: string } {
  const text = input.trim();
  if (text === "" || text === "0") return NO_TRUSTED_PROXIES;
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    return count <= 32 ? { kind: "hops", count } : { error: "a hop count must be at most 32" };
  }
  const ranges: Cidr[] = [];
  for (const item of text.split(",").map((s) => s.trim())) {
    const [address, prefixText, ...rest] = item.split("/");
    const bytes = parseIp(address);
    const max = bytes?.length === 4 ? 32 : 128;
    const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    // An IPv4-mapped range ("::ffff:10.0.0.0/104") becomes its IPv4 form, like the addresses it matches.
    const mappedPrefix =
      bytes?.length === 4 && address.includes(":") && prefixText !== undefined ? prefix - 96 : prefix;
    if (!bytes || rest.length > 0 || !(mappedPrefix >= 0 && mappedPrefix <= max)) {
      return { error: `"${item}" is not an IP address or CIDR range (use a hop count, or e.g. 10.0.0.0/8,::1)` };
    }
    ranges.push({ bytes, prefix: mappedPrefix });
  }
  return { kind: "cidrs", ranges };
}

/**
 * The client's address: the socket peer, unless that peer is a trusted proxy, in which case
 * X-Forwarded-For is read from the right, one trusted hop at a time. An entry that is not an
 * address ends the walk at the last address known to be genuine.
 */
export function resolveClientIp(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: TrustedProxies,
): string {
  const peer = socketAddress ? parseIp(socketAddress) : null;
  if (!peer) return UNKNOWN_CLIENT;
  if (trust.kind === "none") return formatIp(peer);
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const entries = header
    .split(",")
    .filter((e) => e.trim() !== "")
    .reverse();
  let client = peer;
  for (let hop = 0; hop < entries.length; hop++) {
    const trusted = trust.kind === "hops" ? hop < trust.count : trust.ranges.some((r) => inRange(client, r));
    if (!trusted) break;
    const next = parseForwardedEntry(entries[hop]);
    if (!next) break;
    client = next;
  }
  return formatIp(client);
}

/** The one request header the server sets to the resolved client address (any client copy is replaced). */
export const CLIENT_IP_HEADER = "x-bridge-client-ip";
