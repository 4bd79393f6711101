import Link from "next/link";
import { Outcome } from "@/components/status/subscription-page";
import type { ConfirmResult } from "./actions";

const again = (
  <p>
    <Link href="/status/subscribe" className="text-indigo-700 underline">
      Sign up again
    </Link>{" "}
    to get a new link.
  </p>
);

function manage(token: string) {
  return (
    <p>
      <Link href={`/status/subscriptions/manage/${token}`} className="text-indigo-700 underline">
        Change what you get or unsubscribe
      </Link>
    </p>
  );
}

/** Every outcome of a confirmation link except the one still to confirm. */
export function ConfirmMessage({ result }: { result: Exclude<ConfirmResult, { state: "pending" }> }) {
  switch (result.state) {
    case "invalid":
      return (
        <Outcome tone="red">
          <p className="font-semibold">This link is not valid.</p>
          <p>It may have been cut off when copied.</p>
          {again}
        </Outcome>
      );
    case "expired":
      return (
        <Outcome tone="red">
          <p className="font-semibold">This link has expired.</p>
          <p>Confirmation links work for 48 hours.</p>
          {again}
        </Outcome>
      );
    case "used":
      return (
        <Outcome tone="red">
          <p className="font-semibold">This link has already been used or replaced.</p>
          <p>A newer sign-up sent a newer link; only the latest one works.</p>
          {again}
        </Outcome>
      );
    case "failed":
      return (
        <Outcome tone="red">
          <p className="font-semibold">Something went wrong; nothing was changed.</p>
          <p>Please try again in a minute.</p>
        </Outcome>
      );
    case "confirmed":
      return (
        <Outcome tone="green">
          <p className="font-semibold">You are subscribed.</p>
          <p>We will e-mail {result.email} when there is news.</p>
          {manage(result.manageToken)}
        </Outcome>
      );
    case "already":
      return (
        <Outcome>
          <p className="font-semibold">You are already subscribed.</p>
          <p>{result.email} gets status updates.</p>
          {manage(result.manageToken)}
        </Outcome>
      );
  }
}
