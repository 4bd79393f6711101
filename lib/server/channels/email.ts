import "server-only";
import { createHash } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

export type SmtpSettings = {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
};

/** The SMTP server from the environment; without SMTP_HOST, the local capture server that `npm start` runs. */
export function smtpFromEnv(): SmtpSettings {
  return {
    host: env.SMTP_HOST ?? "127.0.0.1",
    port: env.SMTP_HOST ? env.SMTP_PORT : env.MAIL_CAPTURE_PORT,
    secure: env.SMTP_HOST ? env.SMTP_SECURE === "true" : false,
    user: env.SMTP_USER,
    password: env.SMTP_PASSWORD,
    from: env.SMTP_FROM,
  };
}

let settings: SmtpSettings | null = null;
let transport: Transporter | null = null;

/**
 * Points this process at another SMTP server (a test's own), or back at the environment's with
 * null. The pooled connections to the previous server are closed.
 */
export function configureSmtp(override: Partial<SmtpSettings> | null): void {
  settings = override ? { ...smtpFromEnv(), ...override } : null;
  transport?.close();
  transport = null;
}

function transporter(): Transporter {
  const s = (settings ??= smtpFromEnv());
  transport ??= nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    auth: s.user ? { user: s.user, pass: s.password ?? "" } : undefined,
    connectionTimeout: 5000,
    greetingTimeout: 5000,
    socketTimeout: 10_000,
    pool: true,
    // As many connections as deliveries the worker sends to one target at once, so none waits for a connection.
    maxConnections: env.BRIDGE_TARGET_CONCURRENCY,
  });
  return transport;
}

/**
 * Sends one message; the Message-ID is derived from the delivery's idempotency key so receivers can de-duplicate.
 * `html` is an already escaped alternative; `unsubscribeUrl` (subscriber mail) adds the RFC 8058 one-click headers.
 */
export async function sendEmail(message: {
  to: string;
  subject: string;
  text: string;
  idempotencyKey: string;
  html?: string | null;
  unsubscribeUrl?: string | null;
}): Promise<void> {
  const from = (settings ??= smtpFromEnv()).from;
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? "bridge.local";
  // Same key, same Message-ID: a resend after a crash is recognisable as the same message.
  const id = createHash("sha256").update(message.idempotencyKey).digest("hex").slice(0, 40);
  await transporter().sendMail({
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
    messageId: `<${id}@${domain}>`,
    headers: {
      "X-Bridge-Idempotency-Key": message.idempotencyKey,
      ...(message.unsubscribeUrl
        ? { "List-Unsubscribe": `<${message.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
        : {}),
    },
  });
}
