// The e-mail a subscriber gets for a published update (incident or maintenance), as text and as
// HTML. Every value that came from a person is escaped in the HTML; links are built by the caller.

export type NoticeInput = {
  /** "Incident" or "Maintenance": what the update is about. */
  kind: "incident" | "maintenance";
  title: string;
  /** The state word as the status page shows it, e.g. "Identified". */
  state: string;
  message: string;
  /** The subject the author edited, if any; otherwise one is made from the title and state. */
  subject?: string;
  components: string[];
  publishedAt: Date;
  nextUpdateAt?: Date | null;
  statusUrl: string;
  manageUrl: string;
  unsubscribeUrl: string;
};

export type Notice = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Only http(s) links go into an href; anything else (javascript:, data:) becomes inert text. */
function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) ? escapeHtml(url) : "#";
}

/** Subjects are one line: a line break in one would start a new mail header. */
function oneLine(value: string, max = 200): string {
  return value
    .replace(/[\r\n\t]+/g, " ")
    .trim()
    .slice(0, max);
}

const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function renderNotice(input: NoticeInput): Notice {
  const label = input.kind === "incident" ? "Incident" : "Maintenance";
  const subject = oneLine(input.subject?.trim() || `[${input.state}] ${input.title}`);
  const affected = input.components.length > 0 ? input.components.join(", ") : null;
  const next = input.nextUpdateAt ? `Next update by ${utc(input.nextUpdateAt)}.` : null;
  const text = [
    `${label}: ${input.title}`,
    `Status: ${input.state} (${utc(input.publishedAt)})`,
    affected ? `Affected: ${affected}` : null,
    "",
    input.message,
    "",
    next,
    `Status page: ${input.statusUrl}`,
    "",
    `You get this because you subscribed to status updates.`,
    `Change what you get: ${input.manageUrl}`,
    `Unsubscribe: ${input.unsubscribeUrl}`,
  ]
    .filter((line) => line !== null)
    .join("\n");
  const paragraphs = input.message
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  const html = [
    `<!doctype html><html><body style="font-family:sans-serif;max-width:600px">`,
    `<p style="color:#475569">${label} · ${escapeHtml(input.state)} · ${escapeHtml(utc(input.publishedAt))}</p>`,
    `<h1 style="font-size:20px">${escapeHtml(input.title)}</h1>`,
    affected ? `<p><strong>Affected:</strong> ${escapeHtml(affected)}</p>` : "",
    paragraphs,
    next ? `<p>${escapeHtml(next)}</p>` : "",
    `<p><a href="${safeHref(input.statusUrl)}">View the status page</a></p>`,
    `<hr><p style="font-size:12px;color:#475569">You get this because you subscribed to status updates. ` +
      `<a href="${safeHref(input.manageUrl)}">Change what you get</a> · ` +
      `<a href="${safeHref(input.unsubscribeUrl)}">Unsubscribe</a></p>`,
    `</body></html>`,
  ]
    .filter(Boolean)
    .join("\n");
  return { subject, text, html };
}

/** The sign-up e-mails: a link to confirm, or (already subscribed) a link to manage. */
export function renderConfirmation(confirmUrl: string, hours: number): Omit<Notice, "html"> {
  return {
    subject: "Confirm your status updates subscription",
    text: [
      "Someone (hopefully you) asked to get status updates by e-mail at this address.",
      "",
      `Confirm: ${confirmUrl}`,
      "",
      `The link works for ${hours} hours. If you did not ask, ignore this e-mail: nothing will be sent.`,
    ].join("\n"),
  };
}

export function renderAlreadySubscribed(manageUrl: string): Omit<Notice, "html"> {
  return {
    subject: "You are already subscribed to status updates",
    text: [
      "Someone (hopefully you) asked to subscribe this address to status updates. It is subscribed already.",
      "",
      `Change what you get or unsubscribe: ${manageUrl}`,
      "",
      "If you did not ask, ignore this e-mail: nothing has changed.",
    ].join("\n"),
  };
}
