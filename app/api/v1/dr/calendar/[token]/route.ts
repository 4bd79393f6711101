// GET /api/v1/dr/calendar/<token> — the upcoming DR tests as an iCalendar feed; the signed token
// in the address is the credential (calendars send no session). A token not made here is a 404.
import { calendarFeed } from "@/lib/server/dr/calendar";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const body = await calendarFeed(token.replace(/\.ics$/, ""), new Date());
  if (body === null) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="dr-tests.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
