import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Card, PageTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, Td } from "@/components/ui/table";
import { can } from "@/lib/domain/roles";
import { calendarUrl } from "@/lib/server/dr/calendar";
import { listTestSchedule } from "@/lib/server/dr/tests";
import { componentChoices } from "@/lib/server/incidents/choices";
import type { Ctx } from "@/lib/server/context";
import { requirePageCtx } from "@/lib/server/session";
import { CalendarLink } from "./_components/calendar-link";
import { DrillForm } from "./_components/drill-form";
import { DueText, Objectives, VerdictBadge } from "./_components/due-text";

export const metadata: Metadata = { title: "DR tests" };

async function Schedule({ ctx }: { ctx: Ctx }) {
  const manages = can(ctx.actor.role, "dr:manage");
  const [tests, components] = await Promise.all([listTestSchedule(ctx), manages ? componentChoices(ctx) : []]);
  const overdue = tests.filter((t) => t.due?.overdue).length;
  return (
    <>
      <p className="mb-3 text-sm text-slate-700" role="status">
        {tests.length} tests{overdue ? `, ${overdue} overdue` : ""}.
      </p>
      <Table
        caption="DR test schedule"
        head={["Test", "Cadence", "Next due", "Expected", "Last run", ...(manages ? ["Drill"] : [])]}
      >
        {tests.map((t) => {
          const last = t.runs[0];
          return (
            <tr key={t.id} className={t.due?.overdue ? "bg-red-50" : undefined} data-testid={`test-${t.key}`}>
              <Td className="min-w-40">
                <Link
                  href={`/dr/tests/${t.key}`}
                  className="font-medium text-indigo-700 underline-offset-2 hover:underline"
                >
                  {t.name}
                </Link>
                <span className="block font-mono text-xs text-slate-600">{t.method}</span>
              </Td>
              <Td>{t.cadence.toLowerCase().replace("_", " ")}</Td>
              <Td>
                <DueText due={t.due} />
              </Td>
              <Td>
                <Objectives rto={t.expectedRtoMinutes} rpo={t.expectedRpoMinutes} />
              </Td>
              <Td>{last ? <VerdictBadge passed={last.passed} /> : "never"}</Td>
              {manages ? (
                <Td className="min-w-48">
                  <DrillForm testKey={t.key} testName={t.name} components={components} />
                </Td>
              ) : null}
            </tr>
          );
        })}
      </Table>
    </>
  );
}

export default async function DrTestsPage() {
  const ctx = await requirePageCtx("plan:read");
  const url = ctx.actor.kind === "user" && ctx.actor.id ? calendarUrl(ctx.actor.id) : null;
  return (
    <>
      <PageTitle description="The testing schedule: when each test is next due (in the organisation's calendar), its recovery objectives, and its drills.">
        DR tests
      </PageTitle>
      <LiveRefresh types={["dr.test.changed", "incident.changed"]} />
      <div className="space-y-6">
        <Card title="Schedule" id="dr-tests">
          <Suspense fallback={<Skeleton label="Loading the schedule" rows={8} />}>
            <Schedule ctx={ctx} />
          </Suspense>
        </Card>
        {url ? (
          <Card title="Subscribe in your calendar" id="dr-calendar">
            <p className="mb-3 text-sm text-slate-700">
              Copy this address and add it as a calendar subscription (“From URL” in Google Calendar, “New Calendar
              Subscription” in Apple Calendar, “Subscribe from web” in Outlook). It lists each test on its next due day.
              The address is yours and works without signing in: keep it private.
            </p>
            <CalendarLink url={url} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
