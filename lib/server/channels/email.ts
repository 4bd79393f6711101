import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

// Without a configured SMTP server, mail goes to the local capture server that `npm start` runs.
let transport: Transporter | null = null;

function transporter(): Transporter {
  transport ??= nodemailer.createTransport({
    host: env.SMTP_HOST ?? "127.0.0.1",
    port: env.SMTP_HOST ? env.SMTP_PORT : env.MAIL_CAPTURE_PORT,
    secure: env.SMTP_HOST ? env.SMTP_SECURE === "true" : false,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
    connectionTimeout: 5000,
    greetingTimeout: 5000,
    socketTimeout: 10_000,
    pool: true,
    maxConnections: 4,
  });
  return transport;
}

/** Sends one message; the Message-ID carries the delivery's idempotency key so receivers can de-duplicate. */
export async function sendEmail(message: { to: string; subject: string; text: string; idempotencyKey: string }): Promise<void> {
  const domain = env.SMTP_FROM.match(/@([^>\s]+)/)?.[1] ?? "bridge.local";
  const id = Buffer.from(message.idempotencyKey).toString("base64url").slice(0, 180);
  await transporter().sendMail({
    from: env.SMTP_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    messageId: `<${id}@${domain}>`,
    headers: { "X-Bridge-Idempotency-Key": message.idempotencyKey },
  });
}
