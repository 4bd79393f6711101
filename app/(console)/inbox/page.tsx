import type { Metadata } from "next";
import Link from "next/link";
import { LiveRefresh } from "@/components/live/live-refresh";
import { DrillBadge } from "@/components/incidents/incident-badges";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { listInbox } from "@/lib/server/inbox/list";
import { requirePageCtx } from "@/lib/server/session";
import { MarkReadButton } from "./mark-read-button";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const ctx = await requirePageCtx("status:read");
  const { items, unread } = await listInbox(ctx);
  return (
    <>
      <LiveRefresh />
      <PageTitle description="Pages, notifications and reminders Bridge sent you in the app.">Inbox</PageTitle>
      <Card
        title={`Messages (${unread} unread)`}
        id="inbox"
        action={unread ? <MarkReadButton label="Mark all read" /> : undefined}
      >
        {items.length === 0 ? <p className="text-sm text-slate-600">No messages.</p> : null}
        <ul className="divide-y divide-slate-100" aria-label="In-app messages">
          {items.map((m) => (
            <li key={m.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="text-sm font-medium">
                  {m.readAt ? null : <Badge tone="red">New</Badge>} {m.subject}
                </p>
                <p className="mt-1 whitespace-pre-wrap text-sm text-slate-700">{m.body}</p>
                <p className="mt-1 text-xs text-slate-500">
                  <LocalTime value={m.createdAt} />
                  {m.incident ? (
                    <>
                      {" · "}
                      <Link className="text-indigo-700 underline" href={`/incidents/${m.incident.number}`}>
                        #{m.incident.number} {m.incident.title}
                      </Link>{" "}
                      <DrillBadge drill={m.incident.drill} />
                    </>
                  ) : null}
                </p>
              </div>
              {m.readAt ? null : <MarkReadButton deliveryId={m.id} label="Mark read" />}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
