import "server-only";
import { calendarToken, verifyCalendarToken } from "@/lib/domain/dr/calendar-token";
import { calendar, type IcsEvent } from "@/lib/domain/dr/ics";
import { isoDate, nextDue } from "@/lib/domain/dr/schedule";
import { can } from "@/lib/domain/roles";
import { appUrl } from "../app-url";
import { db } from "../db";
import { env } from "../env";

function secret(): string {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is needed to sign calendar links");
  return env.NEXTAUTH_SECRET;
}

/** The address a person's calendar subscribes to for the upcoming DR tests. */
export const calendarUrl = (userId: string) => appUrl(`/api/v1/dr/calendar/${calendarToken(secret(), userId)}.ics`);

/**
 * The ICS text of every scheduled test's next due day, for the person the token names, or null
 * when the token is not one of ours or its person may no longer read the plan (the route says 404).
 * An event's UID is the test and its due day: a new run moves the event by replacing it.
 */
export async function calendarFeed(token: string, now: Date): Promise<string | null> {
  const userId = verifyCalendarToken(secret(), token);
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { active: true, role: true } });
  if (!user?.active || !can(user.role, "plan:read")) return null;
  const tests = await db.drTest.findMany({
    orderBy: { key: "asc" },
    include: { runs: { orderBy: { startedAt: "desc" }, take: 1, select: { startedAt: true } } },
  });
  const host = new URL(appUrl("/")).host;
  const events: IcsEvent[] = tests.flatMap((t) => {
    const due = nextDue(t.cadence, t.runs[0]?.startedAt ?? null, now, env.BRIDGE_TIME_ZONE);
    if (!due) return [];
    return [
      {
        uid: `dr-test-${t.key}-${isoDate(due.date)}@${host}`,
        date: due.date,
        summary: `DR test due: ${t.name}`,
        description: [`Cadence: ${t.cadence.toLowerCase().replace("_", " ")}`, `Method: ${t.method}`, t.scenario]
          .filter(Boolean)
          .join("\n"),
        url: appUrl(`/dr/tests/${t.key}`),
      },
    ];
  });
  return calendar("Bridge DR tests", events, now);
}
