import type { Metadata } from "next";
import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { tokenState, type TokenState } from "@/lib/domain/token-scopes";
import { requirePageCtx } from "@/lib/server/session";
import { listTokens } from "@/lib/server/tokens/list";
import { CreateTokenForm } from "./_components/create-token-form";
import { RevokeButton } from "./_components/revoke-button";

export const metadata: Metadata = { title: "API tokens" };

const STATE: Record<TokenState, { tone: Tone; label: string }> = {
  active: { tone: "green", label: "Active" },
  revoked: { tone: "red", label: "Revoked" },
  expired: { tone: "amber", label: "Expired" },
};

function When({ value, none }: { value: Date | null; none: string }) {
  return value ? <LocalTime value={value} /> : <span className="text-slate-500">{none}</span>;
}

export default async function TokensPage() {
  const ctx = await requirePageCtx("token:manage");
  const tokens = await listTokens(ctx);
  return (
    <>
      <PageTitle description="Tokens let machines — alerting, scripts — use the REST API at /api/v1. Each acts only within its scopes.">
        API tokens
      </PageTitle>
      <div className="space-y-6">
        <Card title="Create a token" id="create-token">
          <CreateTokenForm />
        </Card>
        <Card title="Tokens" id="tokens">
          <Table
            caption="API tokens"
            head={["Token", "Scopes", "Created by", "Created", "Last used", "Expires", "State", ""]}
          >
            {tokens.map((t) => {
              const state = tokenState(t, ctx.now);
              return (
                <tr key={t.id} data-token={t.name}>
                  <Td>
                    <Link href={`/admin/tokens/${t.id}`} className="font-medium text-indigo-700 underline">
                      {t.name}
                    </Link>
                    <div className="font-mono text-xs text-slate-600">brg_{t.prefix}_…</div>
                  </Td>
                  <Td>
                    <div className="flex flex-wrap gap-1">
                      {t.scopes.map((s) => (
                        <Badge key={s} tone="indigo">
                          {s}
                        </Badge>
                      ))}
                    </div>
                  </Td>
                  <Td>{t.createdBy.email}</Td>
                  <Td className="whitespace-nowrap">
                    <LocalTime value={t.createdAt} />
                  </Td>
                  <Td className="whitespace-nowrap">
                    <span data-testid="last-used">
                      <When value={t.lastUsedAt} none="Never" />
                    </span>
                  </Td>
                  <Td className="whitespace-nowrap">
                    <When value={t.expiresAt} none="Never" />
                  </Td>
                  <Td>
                    <Badge tone={STATE[state].tone}>{STATE[state].label}</Badge>
                    {t.revokedAt ? (
                      <div className="mt-1 text-xs text-slate-600">
                        <LocalTime value={t.revokedAt} />
                      </div>
                    ) : null}
                  </Td>
                  <Td>{state === "revoked" ? null : <RevokeButton id={t.id} name={t.name} />}</Td>
                </tr>
              );
            })}
          </Table>
          {tokens.length === 0 ? <p className="text-sm text-slate-600">No tokens yet.</p> : null}
        </Card>
      </div>
    </>
  );
}
