// Text from a machine shaped into incident fields: a title must be 3–200 characters on one line, an
// impact at most 2000; control characters (which incident text refuses) are dropped rather than refused.

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

export function asIncidentTitle(value: string): string {
  const title = value.replace(/\s+/g, " ").replace(CONTROL, "").trim();
  return title.length > 200 ? `${title.slice(0, 199)}…` : title.padEnd(3, ".");
}

export function asImpact(value: string): string {
  const impact = value.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
  return impact.length > 2000 ? `${impact.slice(0, 1999)}…` : impact;
}
