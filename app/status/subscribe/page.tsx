import type { Metadata } from "next";
import { SubscribeForm } from "@/components/status/subscribe-form";
import { SubscriptionPage } from "@/components/status/subscription-page";
import { subscriptionChoices } from "@/lib/server/subscriptions/choices";
import { visitorCtx } from "@/lib/server/subscriptions/visitor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Subscribe to status updates" };

// GET /status/subscribe — e-mail sign-up, open to anyone.
export default async function SubscribePage() {
  const choices = await subscriptionChoices(visitorCtx(new Date()));
  return (
    <SubscriptionPage title="Get status updates by e-mail">
      <p className="text-sm text-slate-700">
        We e-mail you when an incident or maintenance you care about is posted or updated. You confirm by a link we
        send, and every e-mail has a one-click unsubscribe link.
      </p>
      <SubscribeForm choices={choices} />
    </SubscriptionPage>
  );
}
