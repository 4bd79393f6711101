import type { Metadata } from "next";
import Link from "next/link";
import { Outcome, SubscriptionPage } from "@/components/status/subscription-page";
import { Button } from "@/components/ui/button";
import { inspectUnsubscribeLink } from "@/lib/server/subscriptions/unsubscribe";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false, follow: false } };

// GET /status/unsubscribe/[token] — the link in every subscriber e-mail. Showing it changes
// nothing; the button posts to the same address, as a mail client's one-click does (RFC 8058).
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectUnsubscribeLink(token);
  return (
    <SubscriptionPage title="Unsubscribe from status updates">
      {link.state === "invalid" ? (
        <Outcome tone="red">
          <p className="font-semibold">This link is not valid.</p>
          <p>It may have been cut off when copied. Every status e-mail has its own unsubscribe link.</p>
        </Outcome>
      ) : link.state === "active" ? (
        <form method="post" action={`/status/unsubscribe/${token}`} className="space-y-3">
          <p className="text-sm text-slate-700">Stop sending status updates to {link.email}?</p>
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <input type="hidden" name="from" value="page" />
          <Button type="submit" variant="danger" className="w-full sm:w-auto">
            Unsubscribe
          </Button>
        </form>
      ) : (
        <Outcome tone="green">
          <p className="font-semibold">You are unsubscribed.</p>
          <p>We will not send status updates to {link.email} any more.</p>
          <p>
            Changed your mind?{" "}
            <Link href="/status/subscribe" className="text-indigo-700 underline">
              Subscribe again
            </Link>
            .
          </p>
        </Outcome>
      )}
    </SubscriptionPage>
  );
}
