import Link from "next/link";
import type { ReactNode } from "react";
import { LocalTime } from "@/components/ui/local-time";
import type { AckResult } from "./actions";

function Message({
  title,
  tone = "slate",
  children,
}: {
  title: string;
  tone?: "slate" | "green" | "red";
  children: ReactNode;
}) {
  const colour = { slate: "text-slate-900", green: "text-emerald-800", red: "text-red-800" }[tone];
  return (
    <div role={tone === "slate" ? undefined : "status"} className="space-y-2">
      <h1 className={`text-xl font-semibold ${colour}`}>{title}</h1>
      <div className="space-y-2 text-sm text-slate-700">{children}</div>
    </div>
  );
}

const signIn = (
  <p>
    <Link href="/login" className="text-indigo-700 underline">
      Sign in to Bridge
    </Link>{" "}
    to see the incident and acknowledge it there.
  </p>
);

/** Every outcome of an acknowledge link except the open one, in words a woken-up person reads. */
export function AckMessage({ result }: { result: Exclude<AckResult, { state: "open" }> }) {
  switch (result.state) {
    case "invalid":
      return (
        <Message title="This link is not valid" tone="red">
          <p>It may have been cut off when copied.</p>
          {signIn}
        </Message>
      );
    case "expired":
      return (
        <Message title="This link has expired" tone="red">
          <p>Acknowledge links work for 24 hours after the page.</p>
          {signIn}
        </Message>
      );
    case "failed":
      return (
        <Message title="Something went wrong" tone="red">
          <p>Nothing was acknowledged. Try again, or sign in.</p>
          {signIn}
        </Message>
      );
    case "acknowledged":
      return (
        <Message title={`Incident #${result.incident.number} acknowledged`} tone="green">
          <p>Thank you. Escalation has stopped: nobody else will be paged for “{result.incident.title}”.</p>
        </Message>
      );
    case "already":
      return (
        <Message title={`Incident #${result.incident.number} is already acknowledged`}>
          <p>
            Someone acknowledged “{result.incident.title}”
            {result.incident.acknowledgedAt ? (
              <>
                {" "}
                at <LocalTime value={result.incident.acknowledgedAt} />
              </>
            ) : null}
            . Escalation has stopped.
          </p>
        </Message>
      );
    case "resolved":
      return (
        <Message title={`Incident #${result.incident.number} is resolved`}>
          <p>“{result.incident.title}” was resolved; there is nothing to acknowledge.</p>
        </Message>
      );
  }
}
