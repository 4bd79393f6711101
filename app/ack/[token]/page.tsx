import type { Metadata } from "next";
import { SeverityBadge } from "@/components/incidents/incident-badges";
import { inspectAckLink } from "@/lib/server/incidents/acknowledge-by-link";
import { AckForm } from "./ack-form";
import { AckMessage } from "./ack-message";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Acknowledge", robots: { index: false, follow: false } };

// GET /ack/[token] — the link in a page e-mail. Showing it never acknowledges; the button posts.
export default async function AckPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectAckLink(token, new Date());
  return (
    <main className="mx-auto max-w-md p-6 pt-16">
      <p className="mb-4 text-sm font-bold text-slate-500">Bridge</p>
      <div className="space-y-5 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        {link.state === "open" ? (
          <>
            <div className="space-y-2">
              <h1 className="text-xl font-semibold">Acknowledge incident #{link.incident.number}</h1>
              <p className="text-base font-medium">{link.incident.title}</p>
              <SeverityBadge severity={link.incident.severity} />
              <p className="text-sm text-slate-700">
                You were paged as <strong>{link.level}</strong>. Acknowledging tells the team you are on it and stops
                escalation to the next level.
              </p>
            </div>
            <AckForm token={token} />
          </>
        ) : (
          <AckMessage result={link} />
        )}
      </div>
    </main>
  );
}
