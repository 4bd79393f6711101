// A local SMTP server for the demo: when no SMTP server is configured, Bridge's mail is
// received here and stored, so an admin can read what was sent at /admin/mail.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { Db } from "../lib/db/create-client";

export async function startMailCapture(db: Db, port: number): Promise<{ stop(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
          await db.capturedMail.create({ data: { from, to, subject: mail.subject ?? "", text: mail.text ?? "" } });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // A client that vanishes mid-message (a killed worker) resets its connection; that is not fatal.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("smtp server:", error.message);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
