// How a source's own severity words become Bridge severities.
import { SEVERITIES, type Severity } from "../severity";

export type SeverityMap = Record<string, Severity>;

/** Events v2's four levels, and the usual Alertmanager `severity` label values. */
export const DEFAULT_SEVERITY_MAP: SeverityMap = { critical: "SEV1", error: "SEV2", warning: "SEV3", info: "SEV3" };

/** The Bridge severity for a source value (case-insensitive), else the source's default. */
export function mapSeverity(map: SeverityMap, value: string | undefined, fallback: Severity): Severity {
  if (value === undefined) return fallback;
  const key = value.trim().toLowerCase();
  return Object.hasOwn(map, key) ? map[key] : fallback;
}

/** A stored map read back: unknown values or severities are dropped rather than trusted. */
export function readSeverityMap(stored: unknown): SeverityMap {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  return Object.fromEntries(
    Object.entries(stored).filter((entry): entry is [string, Severity] =>
      (SEVERITIES as readonly unknown[]).includes(entry[1]),
    ),
  );
}

/** SEV1 outranks SEV2 outranks SEV3. */
export function isMoreSevere(a: Severity, b: Severity): boolean {
  return SEVERITIES.indexOf(a) < SEVERITIES.indexOf(b);
}
