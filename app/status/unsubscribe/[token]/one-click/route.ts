// POST /status/unsubscribe/[token] (rewritten here by proxy.ts) — RFC 8058 one-click unsubscribe
// from a mail client, or the button on the unsubscribe page. The signed token is the credential.
import { problemResponse } from "@/lib/server/errors";
import { unsubscribeByLink } from "@/lib/server/subscriptions/unsubscribe";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

export async function POST(request: Request, { params }: Params) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  const page = new URL(`/status/unsubscribe/${encodeURIComponent(token)}`, request.url);
  try {
    const outcome = await unsubscribeByLink(token, new Date());
    // The page's own button goes back to the page, which now says so; a mail client gets a short answer.
    if (form?.get("from") === "page") return Response.redirect(page, 303);
    if (outcome.state === "invalid") return new Response("This unsubscribe link is not valid.\n", { status: 404 });
    return new Response("Unsubscribed.\n", { headers: { "content-type": "text/plain; charset=utf-8" } });
  } catch (error) {
    return problemResponse(error);
  }
}

export async function GET(request: Request, { params }: Params) {
  const { token } = await params;
  return Response.redirect(new URL(`/status/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}
