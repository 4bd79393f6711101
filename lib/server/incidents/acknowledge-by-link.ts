import "server-only";
import { isDomainError } from "@/lib/domain/errors";
import { verifyAckToken } from "../ack-token";
import type { Ctx } from "../context";
import { db } from "../db";
import { acknowledge } from "./acknowledge";

// Links in page e-mails acknowledge without a session: the signed token is the credential, and
// the act is recorded as the page's escalation level answering by e-mail.
export type AckLinkState =
  | { state: "invalid" | "expired" }
  | {
      state: "open" | "acknowledged" | "already" | "resolved";
      incident: { number: number; title: string; severity: string; status: string; acknowledgedAt: Date | null };
      level: string;
    };

async function findPage(pageId: string) {
  return db.page.findUnique({
    where: { id: pageId },
    select: {
      level: { select: { name: true } },
      incident: { select: { id: true, number: true, title: true, severity: true, status: true, acknowledgedAt: true } },
    },
  });
}

function stateOf(incident: { status: string; acknowledgedAt: Date | null }): "open" | "already" | "resolved" {
  if (incident.acknowledgedAt) return "already";
  return incident.status === "RESOLVED" ? "resolved" : "open";
}

/** What the link points at, for the page a GET shows: reading never acknowledges. */
export async function inspectAckLink(token: string, now: Date): Promise<AckLinkState> {
  const check = verifyAckToken(token, now);
  if (!check.ok) return { state: check.reason };
  const page = await findPage(check.pageId);
  if (!page) return { state: "invalid" };
  const { id: _id, ...incident } = page.incident;
  return { state: stateOf(page.incident), incident, level: page.level.name };
}

/**
 * Acknowledges the incident the link's page belongs to; once only, and only while unexpired.
 * `via` names where the link was followed (the page e-mail, or the push notification's button).
 */
export async function acknowledgeByLink(token: string, now: Date, via = "e-mail link"): Promise<AckLinkState> {
  const check = verifyAckToken(token, now);
  if (!check.ok) return { state: check.reason };
  const page = await findPage(check.pageId);
  if (!page) return { state: "invalid" };
  const { id: incidentId, ...facts } = page.incident;
  const ctx: Ctx = {
    actor: { kind: "system", id: null, role: "RESPONDER", label: `${via} (${page.level.name})` },
    now,
  };
  try {
    const incident = await acknowledge(ctx, { incidentId });
    return {
      state: "acknowledged",
      incident: { ...facts, status: incident.status, acknowledgedAt: incident.acknowledgedAt },
      level: page.level.name,
    };
  } catch (error) {
    if (!isDomainError(error) || error.code !== "CONFLICT") throw error;
    const current = await findPage(check.pageId);
    const { id: _id, ...incident } = current?.incident ?? page.incident;
    return { state: stateOf(incident), incident, level: page.level.name };
  }
}
