import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Channel } from "@/lib/generated/prisma/client";

export type Recipient = {
  channel: Channel;
  recipient: string;
  userId?: string;
  webhookMemberId?: string;
  pushSubscriptionId?: string;
  /** A PUSH recipient's subscription endpoint: its push service is the delivery's target. */
  pushEndpoint?: string;
};

export type PushDevice = { id: string; label: string; endpoint: string };

/**
 * A user is reached in the app, by e-mail and, when `push` lists their subscribed browsers, by a
 * push notification on each; an address by e-mail; an endpoint by webhook.
 */
export function recipientsOfUser(user: { id: string; email: string; push?: PushDevice[] | null }): Recipient[] {
  return [
    { channel: "IN_APP", recipient: user.email, userId: user.id },
    { channel: "EMAIL", recipient: user.email, userId: user.id },
    ...(user.push ?? []).map((device): Recipient => ({
      channel: "PUSH",
      recipient: `${user.email} (${device.label})`,
      userId: user.id,
      pushSubscriptionId: device.id,
      pushEndpoint: device.endpoint,
    })),
  ];
}

/** What makes a delivery one of a kind within a message: the push subscription, else the address. */
export function recipientKey(r: Recipient): string {
  return r.pushSubscriptionId ?? r.recipient.toLowerCase();
}

/** A person's subscribed browsers, oldest first, as recipientsOfUser reads them. */
const PUSH_DEVICES = { select: { id: true, label: true, endpoint: true }, orderBy: { createdAt: "asc" } } as const;

/**
 * Who reminds a person of their own obligations in an incident: in the app and on each browser
 * they turned push on for (a phone in a pocket), not by e-mail. None for a missing or inactive person.
 */
export async function reminderRecipients(tx: Tx, userId: string | null): Promise<Recipient[]> {
  const user = userId
    ? await tx.user.findUnique({ where: { id: userId }, include: { pushSubscriptions: PUSH_DEVICES } })
    : null;
  if (!user?.active) return [];
  return recipientsOfUser({ ...user, push: user.pushSubscriptions }).filter((r) => r.channel !== "EMAIL");
}

export async function groupRecipients(tx: Tx, groupId: string): Promise<Recipient[]> {
  const members = await tx.stakeholderMember.findMany({
    where: { groupId },
    include: { user: { include: { pushSubscriptions: PUSH_DEVICES } } },
  });
  return members.flatMap((m): Recipient[] => {
    if (m.kind === "USER" && m.user?.active) return recipientsOfUser({ ...m.user, push: m.user.pushSubscriptions });
    if (m.kind === "EMAIL" && m.email) return [{ channel: "EMAIL", recipient: m.email }];
    if (m.kind === "WEBHOOK" && m.webhookUrl)
      return [{ channel: "WEBHOOK", recipient: m.webhookUrl, webhookMemberId: m.id }];
    return [];
  });
}

/** The same address may be in a group twice (as user and as address): send once per channel. */
export function uniqueRecipients(list: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.channel}:${recipientKey(r)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
