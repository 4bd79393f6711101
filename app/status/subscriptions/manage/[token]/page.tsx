import type { Metadata } from "next";
import { ScopeForm } from "@/components/status/scope-form";
import { Outcome, SubscriptionPage } from "@/components/status/subscription-page";
import { Button } from "@/components/ui/button";
import { subscriptionChoices } from "@/lib/server/subscriptions/choices";
import { unsubscribeToken } from "@/lib/server/subscriptions/links";
import { subscriptionOfManageLink } from "@/lib/server/subscriptions/manage";
import { visitorCtx } from "@/lib/server/subscriptions/visitor";
import { saveScopeAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your subscription", robots: { index: false, follow: false } };

// GET /status/subscriptions/manage/[token] — from the link in every subscriber e-mail.
export default async function ManagePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const sub = await subscriptionOfManageLink(token);
  if (!sub)
    return (
      <SubscriptionPage title="Your subscription">
        <Outcome tone="red">
          <p className="font-semibold">This link is not valid.</p>
          <p>It may have been cut off when copied, or the subscription was removed.</p>
        </Outcome>
      </SubscriptionPage>
    );
  const choices = await subscriptionChoices(visitorCtx(new Date()));
  const active = sub.confirmedAt !== null && sub.unsubscribedAt === null;
  return (
    <SubscriptionPage title="Your subscription">
      <p className="text-sm text-slate-700">
        {sub.email}:{" "}
        <strong>{active ? "subscribed" : sub.unsubscribedAt ? "unsubscribed" : "waiting for confirmation"}</strong>.
        {active ? null : " Saving below subscribes this address again."}
      </p>
      <ScopeForm
        action={saveScopeAction}
        choices={choices}
        current={sub}
        hidden={{ token }}
        submitLabel={active ? "Save" : "Subscribe"}
      />
      {active ? (
        <form method="post" action={`/status/unsubscribe/${unsubscribeToken(sub.id)}`} className="border-t pt-4">
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <input type="hidden" name="from" value="page" />
          <Button type="submit" variant="secondary" className="w-full sm:w-auto">
            Unsubscribe from everything
          </Button>
        </form>
      ) : null}
    </SubscriptionPage>
  );
}
