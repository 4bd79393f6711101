import type { Metadata } from "next";
import { SubscriptionPage } from "@/components/status/subscription-page";
import { inspectConfirmLink } from "@/lib/server/subscriptions/confirm";
import { ConfirmForm } from "./confirm-form";
import { ConfirmMessage } from "./confirm-message";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false, follow: false } };

// GET /status/subscribe/confirm/[token] — the link in a confirmation e-mail; the button confirms.
export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectConfirmLink(token, new Date());
  return (
    <SubscriptionPage title="Confirm your subscription">
      {link.state === "pending" ? <ConfirmForm token={token} email={link.email} /> : <ConfirmMessage result={link} />}
    </SubscriptionPage>
  );
}
