import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { isDomainError } from "@/lib/domain/errors";
import { listCapturedMail } from "@/lib/server/captured-mail/list";
import { env } from "@/lib/server/env";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "Captured mail" };

function Why() {
  if (env.SMTP_HOST) {
    return (
      <p>
        Mail is delivered through <code>{env.SMTP_HOST}</code>, so nothing new is captured here; what is listed was
        captured while no SMTP server was configured.
      </p>
    );
  }
  return (
    <p>
      This page exists because no <code>SMTP_HOST</code> is configured: <code>npm start</code> runs a local SMTP capture
      on 127.0.0.1:
      {env.MAIL_CAPTURE_PORT}, and every e-mail Bridge sends (pages, notifications) is kept here instead of leaving this
      machine. Set <code>SMTP_HOST</code> to deliver for real.
    </p>
  );
}

export default async function MailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requirePageCtx("audit:read");
  const params = await searchParams;
  const result = await listCapturedMail(ctx, { cursor: params.cursor }).catch((error: unknown) => {
    if (isDomainError(error)) return null;
    throw error;
  });
  const page = result ?? { items: [], nextCursor: null, total: 0 };
  return (
    <>
      <PageTitle description="What Bridge has sent by e-mail, as received by the local mail capture.">
        Captured mail
      </PageTitle>
      <div className="mb-6 rounded-md bg-indigo-50 p-4 text-sm text-indigo-900 ring-1 ring-indigo-200">
        <Why />
      </div>
      <Card title={`Messages (${page.total})`} id="messages">
        {page.items.length === 0 ? (
          <p className="text-sm text-slate-600">
            {result ? "No mail captured yet." : "This page link is not valid; start from the newest."}
          </p>
        ) : null}
        <ul className="divide-y divide-slate-100" aria-label="Captured messages">
          {page.items.map((m) => (
            <li key={m.id}>
              <details className="group py-2">
                <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
                  <span className="whitespace-nowrap text-slate-600">
                    <LocalTime value={m.receivedAt} />
                  </span>
                  <span className="font-medium text-slate-900">{m.subject || "(no subject)"}</span>
                  <span className="text-slate-600">to {m.to.join(", ")}</span>
                </summary>
                <div className="mt-2 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
                    <dt className="text-slate-500">From</dt>
                    <dd>{m.from || "(empty sender)"}</dd>
                    <dt className="text-slate-500">To</dt>
                    <dd>{m.to.join(", ")}</dd>
                  </dl>
                  <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm text-slate-800">{m.text}</pre>
                </div>
              </details>
            </li>
          ))}
        </ul>
        {page.nextCursor ? (
          <Link
            className="mt-4 inline-block text-indigo-700 underline"
            href={`?cursor=${encodeURIComponent(page.nextCursor)}`}
          >
            Older messages
          </Link>
        ) : null}
      </Card>
    </>
  );
}
