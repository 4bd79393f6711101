// Helpers for the subscription tests: an incident and its published update written straight to
// the database (publishing is not what these tests are about), and the links out of received mail.
import { randomUUID } from "node:crypto";
import type { ReceivedMail } from "@/scripts/fault/smtp-receiver";
import { db } from "../db";

export async function componentBySlug(slug: string) {
  return db.component.findUniqueOrThrow({ where: { slug } });
}

export async function incidentOn(componentIds: string[]) {
  const now = new Date();
  return db.incident.create({
    data: {
      title: `Subscriber test ${randomUUID().slice(0, 8)}`,
      severity: "SEV2",
      startedAt: now,
      detectedAt: now,
      components: { create: componentIds.map((componentId) => ({ componentId })) },
    },
  });
}

export async function publishedUpdate(incidentId: string, message: string, options: { notify?: boolean } = {}) {
  return db.statusUpdate.create({
    data: {
      incidentId,
      status: "IDENTIFIED",
      message,
      subject: "",
      notifySubscribers: options.notify ?? true,
      publishedAt: new Date(),
    },
  });
}

/** The path of the first link in a mail's text that starts with `prefix` (e.g. "/status/subscribe/confirm/"). */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${prefix.replace(/\//g, "\\/")}[A-Za-z0-9_.-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${prefix} link in:\n${mail.text}`);
  return match[1];
}

export const tokenOf = (path: string) => path.split("/").pop()!;
