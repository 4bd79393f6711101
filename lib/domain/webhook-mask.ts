// Webhook URLs often carry a secret in their path or query (chat and paging services issue
// such links), so people other than admins see only where a hook goes: scheme and host.

export const HIDDEN_WEBHOOK = "(hidden webhook address)";

/** "https://hooks.example.com/services/T0/B0/secret" → "https://hooks.example.com/…". */
export function maskWebhookUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return HIDDEN_WEBHOOK;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return HIDDEN_WEBHOOK;
  // url.host leaves out any user:password@ part.
  return `${url.protocol}//${url.host}/…`;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`]+/gi;

/** Masks every http(s) URL inside free text, such as a timeline entry or a delivery key. */
export function maskUrlsInText(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => maskWebhookUrl(url));
}
