// An update's copies through the real delivery pipeline: the worker hands the e-mail to a real
// SMTP server (subject and body) and posts the short text to a real webhook, each once.
import { afterAll, describe, expect, it } from "vitest";
import { startSmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { startWebhookReceiver } from "@/scripts/fault/webhook-receiver";
import { configureSmtp } from "../channels/email";
import { db } from "../db";
import { ctxOf } from "@/scripts/test/fixtures";
import { declare, marker, users } from "../incidents/test-fixtures";
import { runWorkerUntil } from "../jobs/test-worker";
import { postUpdate } from "./post-update";
import { postInput } from "./test-fixtures";

afterAll(() => configureSmtp(null));

describe("sending an update", () => {
  it("mails the subject and body and posts the short text to the webhook, once each", async () => {
    const [smtp, webhook] = await Promise.all([startSmtpReceiver(0), startWebhookReceiver()]);
    configureSmtp({ host: "127.0.0.1", port: smtp.port, secure: false });
    try {
      const [commander] = await users("COMMANDER");
      const key = marker("send");
      const group = await db.stakeholderGroup.create({
        data: {
          key,
          name: `Group ${key}`,
          members: {
            create: [
              { kind: "EMAIL", email: `${key}@example.com` },
              { kind: "WEBHOOK", webhookUrl: `${webhook.url}/${key}` },
            ],
          },
        },
      });
      const incident = await declare(commander, { severity: "SEV3" });
      const input = postInput(incident.id, { public: false, groupIds: [group.id], shortText: `Short ${key}` });
      await postUpdate(ctxOf(commander), input);
      const sent = () =>
        db.delivery.count({ where: { statusUpdateId: input.key, status: "SENT", channel: { not: "IN_APP" } } });
      await runWorkerUntil(async () => (await sent()) === 2, { timeoutMs: 45_000 });

      const mail = smtp.mails.filter((m) => m.to.includes(`${key}@example.com`));
      expect(mail).toHaveLength(1);
      expect(mail[0].subject).toBe(input.subject);
      expect(mail[0].text).toContain("A fix is being rolled out.");
      const posts = webhook.requests.filter((r) => r.body.includes(`Short ${key}`));
      expect(posts).toHaveLength(1);
      expect(JSON.parse(posts[0].body)).toMatchObject({ body: `Short ${key}`, subject: input.subject });
    } finally {
      await Promise.all([smtp.stop(), webhook.stop()]);
    }
  });
});
