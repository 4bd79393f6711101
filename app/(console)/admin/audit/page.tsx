import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { isDomainError } from "@/lib/domain/errors";
import { listAuditFacets, listAuditLog } from "@/lib/server/audit-log/list";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | undefined>;

function json(value: unknown): string {
  return value === null || value === undefined ? "" : JSON.stringify(value, null, 1);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requirePageCtx("audit:read");
  const params = await searchParams;
  const facets = await listAuditFacets(ctx);
  const result = await listAuditLog(ctx, params).catch((error: unknown) => {
    if (isDomainError(error)) return error;
    throw error;
  });
  const errors = isDomainError(result) ? result.fieldErrors : {};
  const page = isDomainError(result) ? { items: [], nextCursor: null } : result;
  const next = page.nextCursor ? `?${new URLSearchParams({ ...cleaned(params), cursor: page.nextCursor })}` : null;
  return (
    <>
      <PageTitle description="Every change, who made it, and what it was before and after.">Audit log</PageTitle>
      <Card title="Filter" id="filter">
        <form method="get" className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
          <TextField label="Actor" name="actor" defaultValue={params.actor} errors={errors.actor} />
          <SelectField label="Action" name="action" defaultValue={params.action ?? ""}>
            <option value="">Any</option>
            {facets.actions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </SelectField>
          <SelectField label="Entity" name="entityType" defaultValue={params.entityType ?? ""}>
            <option value="">Any</option>
            {facets.entityTypes.map((e) => (
              <option key={e}>{e}</option>
            ))}
          </SelectField>
          <TextField label="From" name="from" type="date" defaultValue={params.from} errors={errors.from} />
          <TextField label="To" name="to" type="date" defaultValue={params.to} errors={errors.to} />
          <div className="flex items-end">
            <Button type="submit">Apply</Button>
          </div>
        </form>
      </Card>
      <div className="mt-6">
        <Card title="Entries" id="entries">
          <Table caption="Audit log entries" head={["When", "Actor", "Action", "Entity", "Before", "After"]}>
            {page.items.map((row) => (
              <tr key={row.id}>
                <Td className="whitespace-nowrap">
                  <LocalTime value={row.at} />
                </Td>
                <Td>{row.actorLabel}</Td>
                <Td className="font-mono">{row.action}</Td>
                <Td>
                  {row.entityType}
                  {row.entityId ? ` ${row.entityId.slice(0, 10)}` : ""}
                </Td>
                <Td>
                  <pre tabIndex={0} className="max-w-xs overflow-x-auto text-xs">
                    {json(row.before)}
                  </pre>
                </Td>
                <Td>
                  <pre tabIndex={0} className="max-w-xs overflow-x-auto text-xs">
                    {json(row.after)}
                  </pre>
                </Td>
              </tr>
            ))}
          </Table>
          {page.items.length === 0 ? (
            <p className="text-sm text-slate-600">
              {errors.cursor ? "This page link is not valid; start from the newest entries." : "No entries match."}
            </p>
          ) : null}
          {next ? (
            <Link className="mt-4 inline-block text-indigo-700 underline" href={next}>
              Older entries
            </Link>
          ) : null}
        </Card>
      </div>
    </>
  );
}

function cleaned(params: Search): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).filter(
      (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "" && e[0] !== "cursor",
    ),
  );
}
