// Words and colours for outgoing messages: delivery status, channel, and the status of a
// notification the matrix says is owed.
import { column, type Tone } from "./vocabulary";

export const DELIVERY_STATUSES = ["PENDING", "SENT", "FAILED", "DEAD"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DELIVERY_STATUS: Record<DeliveryStatus, { label: string; tone: Tone }> = {
  PENDING: { label: "Pending", tone: "gray" },
  SENT: { label: "Sent", tone: "green" },
  FAILED: { label: "Failed, retrying", tone: "amber" },
  DEAD: { label: "Gave up", tone: "red" },
};

/** Failed deliveries, retrying or given up: the ones a responder may retry by hand. */
export function isFailing(status: DeliveryStatus): boolean {
  return status === "FAILED" || status === "DEAD";
}

export const CHANNELS = ["EMAIL", "WEBHOOK", "IN_APP", "PUSH"] as const;
export type Channel = (typeof CHANNELS)[number];

/** `label` heads a column; `phrase` ends a sentence ("sends by e-mail", "in the app"). */
export const CHANNEL: Record<Channel, { label: string; phrase: string }> = {
  EMAIL: { label: "E-mail", phrase: "e-mail" },
  WEBHOOK: { label: "Webhook", phrase: "webhook" },
  IN_APP: { label: "In app", phrase: "in the app" },
  PUSH: { label: "Push", phrase: "by push notification" },
};

export const CHANNEL_LABEL = column(CHANNEL, "label");
export const CHANNEL_PHRASE = column(CHANNEL, "phrase");

export const OBLIGATION_STATUSES = ["PENDING", "SENT", "CANCELLED"] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/** A PENDING obligation past its due time shows as OVERDUE instead. */
export const OBLIGATION_STATUS: Record<ObligationStatus | "OVERDUE", { label: string; tone: Tone }> = {
  PENDING: { label: "Pending", tone: "amber" },
  SENT: { label: "Sent", tone: "green" },
  CANCELLED: { label: "Cancelled", tone: "gray" },
  OVERDUE: { label: "Overdue", tone: "red" },
};
