import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { isDomainError } from "@/lib/domain/errors";
import { requirePageCtx } from "@/lib/server/session";
import { getTokenRequests, TOKEN_REQUESTS_SHOWN } from "@/lib/server/tokens/get-token-requests";

export const metadata: Metadata = { title: "API token requests" };

function statusTone(status: number) {
  return status >= 500 ? "red" : status >= 400 ? "amber" : "green";
}

// What one token did: every /api/v1 request it made (kept BRIDGE_API_LOG_RETENTION_DAYS days),
// newest first. Its writes are also in the audit log, with the token as the actor.
export default async function TokenRequestsPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx("token:manage");
  const { id } = await params;
  const found = await getTokenRequests(ctx, id).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { token, requests, total, failed } = found;
  return (
    <>
      <PageTitle
        description={`brg_${token.prefix}_… · created by ${token.createdBy.email} · scopes ${token.scopes.join(", ")}`}
      >
        Token {token.name}
      </PageTitle>
      <p className="mb-4 text-sm">
        <Link href="/admin/tokens" className="text-indigo-700 underline">
          All tokens
        </Link>
      </p>
      <Card title="Requests" id="requests">
        <p className="mb-3 text-sm text-slate-700">
          {total} request{total === 1 ? "" : "s"} on record, {failed} refused or failed
          {total > TOKEN_REQUESTS_SHOWN ? `; the latest ${TOKEN_REQUESTS_SHOWN} are shown` : ""}.
        </p>
        <Table
          caption={`Requests made with the token ${token.name}`}
          head={["When", "Request", "Status", "Time", "Request id"]}
        >
          {requests.map((r) => (
            <tr key={r.id}>
              <Td className="whitespace-nowrap">
                <LocalTime value={r.at} />
              </Td>
              <Td>
                <span className="font-mono text-xs break-all">
                  {r.method} {r.path}
                </span>
              </Td>
              <Td>
                <Badge tone={statusTone(r.status)}>{r.status}</Badge>
              </Td>
              <Td className="whitespace-nowrap">{r.durationMs} ms</Td>
              <Td>
                <span className="font-mono text-xs break-all">{r.requestId}</span>
              </Td>
            </tr>
          ))}
        </Table>
        {requests.length === 0 ? <p className="text-sm text-slate-600">This token has made no requests.</p> : null}
      </Card>
    </>
  );
}
