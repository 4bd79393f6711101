// POST /ack/[token]/one-click — the Acknowledge button of a push notification: the service
// worker posts here with no session. The signed token is the credential, as in the e-mail link.
import { problemResponse } from "@/lib/server/errors";
import { acknowledgeByLink } from "@/lib/server/incidents/acknowledge-by-link";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

export async function POST(_request: Request, { params }: Params) {
  const { token } = await params;
  try {
    const outcome = await acknowledgeByLink(token, new Date(), "push notification");
    const status = outcome.state === "invalid" ? 404 : outcome.state === "expired" ? 410 : 200;
    const incident = "incident" in outcome ? { number: outcome.incident.number } : null;
    return Response.json({ state: outcome.state, incident }, { status, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error);
  }
}
