import type { Metadata } from "next";
import { ScopeForm } from "@/components/status/scope-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePageCtx } from "@/lib/server/session";
import { subscriptionChoices } from "@/lib/server/subscriptions/choices";
import { mySubscription } from "@/lib/server/subscriptions/own";
import { saveMySubscriptionAction } from "./actions";
import { UnsubscribeMe } from "./unsubscribe-me";

export const metadata: Metadata = { title: "My status updates" };

// GET /profile/subscription — the signed-in person's own status-page e-mail subscription.
export default async function MySubscriptionPage() {
  const ctx = await requirePageCtx("status:read");
  const [{ email, subscription }, choices] = await Promise.all([mySubscription(ctx), subscriptionChoices(ctx)]);
  const active = subscription !== null && subscription.confirmedAt !== null && subscription.unsubscribedAt === null;
  return (
    <>
      <PageTitle description="The e-mails the public status page sends its subscribers, to your account's address.">
        My status updates
      </PageTitle>
      <div className="max-w-3xl space-y-6">
        <Card title={active ? "What you get" : "Subscribe"} id="my-subscription">
          <p className="mb-4 text-sm text-slate-700" data-testid="subscription-state">
            {email}: <strong>{active ? "subscribed" : "not subscribed"}</strong>
          </p>
          <ScopeForm
            action={saveMySubscriptionAction}
            choices={choices}
            current={subscription ?? { scope: "ALL" }}
            submitLabel={active ? "Save" : "Subscribe"}
          />
        </Card>
        {active ? (
          <Card title="Stop these e-mails" id="unsubscribe">
            <UnsubscribeMe />
          </Card>
        ) : null}
      </div>
    </>
  );
}
