// A real SMTP server (the `smtp-server` package) that records every message it accepts, for the
// integration tests, the fault tests and the benchmark. A message counts as received only once
// the server has answered 250 to its DATA, exactly as a real mail server takes responsibility.
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  key: string;
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  /** Every header, by lower-case name (folded lines joined). */
  headers: Map<string, string>;
  at: number;
};

export type SmtpReceiver = {
  port: number;
  mails: ReceivedMail[];
  /** How many accepted messages carry each idempotency key. */
  countsByKey: () => Map<string, number>;
  /** Holds the 250 answers: messages sent meanwhile are not accepted until `release`, and never if `stop` comes first. */
  hold: () => void;
  release: () => void;
  /** Stops listening and drops open connections; held messages are not accepted. */
  stop: () => Promise<void>;
};

function unfoldHeaders(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function bodyOf(raw: string): string {
  const index = raw.search(/\r?\n\r?\n/);
  const body = index < 0 ? "" : raw.slice(index).replace(/^\r?\n\r?\n/, "");
  // nodemailer sends plain text as 7bit or quoted-printable; undo the latter's soft breaks and escapes.
  return body
    .replace(/=\r?\n/g, "")
    .replace(/(?:=[0-9A-F]{2})+/g, (hex) => Buffer.from(hex.replace(/=/g, ""), "hex").toString("utf8"))
    .replace(/\r\n/g, "\n")
    .replace(/\n$/, "");
}

/**
 * Starts the receiver on 127.0.0.1:`port` (0 picks a free one); pass `mails` to go on recording into an earlier receiver's list.
 * `answerAfterMs`: a slow server, answering DATA that long after the message is in; it keeps a message whose sender hung up meanwhile.
 */
export async function startSmtpReceiver(
  port = 0,
  mails: ReceivedMail[] = [],
  answerAfterMs = 0,
): Promise<SmtpReceiver> {
  let held: (() => void)[] | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 1024 * 1024,
    closeTimeout: 500,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (error) => callback(error));
      stream.on("end", () => {
        const accept = () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          const headers = unfoldHeaders(raw);
          mails.push({
            key: headers.get("x-bridge-idempotency-key") ?? "",
            messageId: headers.get("message-id") ?? "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: headers.get("subject") ?? "",
            text: bodyOf(raw),
            headers,
            at: Date.now(),
          });
          callback();
        };
        const answer = () => (held ? held.push(accept) : accept());
        if (answerAfterMs > 0) setTimeout(answer, answerAfterMs);
        else answer();
      });
    },
  });
  // A client that vanishes mid-message (a killed worker) resets its connection; that is not fatal.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("smtp server:", error.message);
  });
  // A sender that dies or hangs up mid-session (a killed worker) surfaces here; that is its problem, not the server's.
  server.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    port: actualPort,
    mails,
    countsByKey() {
      const counts = new Map<string, number>();
      for (const m of mails) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
      return counts;
    },
    hold() {
      held ??= [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      for (const accept of waiting) accept();
    },
    stop() {
      held = null;
      // Open client connections (pooled senders) would keep close() waiting; end them now.
      for (const connection of server.connections) connection.close();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
