// What to do with one incoming alert, given the alerts Bridge already holds for its group.
import type { Severity } from "../severity";
import { isMoreSevere } from "./severity-map";
import type { Outcome, SourceKind } from "./vocabulary";

/** An alert row Bridge holds, with the state of its incident. */
export type KnownAlert = {
  dedupKey: string;
  status: "firing" | "resolved";
  summary: string;
  incident: { id: string; open: boolean; acknowledged: boolean; severity: Severity };
};

export type Incoming = {
  kind: SourceKind;
  action: "firing" | "resolved" | "acknowledge";
  dedupKey: string;
  severity: Severity;
  summary: string;
};

export type Decision =
  | { outcome: "declared"; rearm: boolean }
  | { outcome: "joined"; incidentId: string; raiseTo: Severity | null }
  | { outcome: "duplicate" | "updated" | "acknowledged"; incidentId: string }
  | { outcome: "resolved"; incidentId: string; resolveIncident: boolean }
  | { outcome: "ignored"; incidentId: string | null; reason: string };

/**
 * `group` is every alert of the same source and group (Alertmanager: group key; Events v2: the
 * dedup key itself), the incoming one included if known. An incident only ever holds alerts of one
 * group, so "every alert of the incident" is read from the group too.
 */
export function decide(incoming: Incoming, group: readonly KnownAlert[], autoResolve: boolean): Decision {
  const known = group.find((a) => a.dedupKey === incoming.dedupKey) ?? null;
  if (incoming.action === "firing") return onFiring(incoming, known, group);
  if (!known) return { outcome: "ignored", incidentId: null, reason: "no alert with this key is known" };
  const incidentId = known.incident.id;
  if (incoming.action === "acknowledge") {
    if (!known.incident.open) return { outcome: "ignored", incidentId, reason: "its incident is resolved" };
    return { outcome: known.incident.acknowledged ? "duplicate" : "acknowledged", incidentId };
  }
  if (known.status === "resolved") return { outcome: "duplicate", incidentId };
  const othersFiring = group.some(
    (a) => a.incident.id === incidentId && a.dedupKey !== known.dedupKey && a.status === "firing",
  );
  // An Events v2 resolve is a command; an Alertmanager resolution closes the incident only if asked to.
  const wanted = incoming.kind === "events-v2" || autoResolve;
  return { outcome: "resolved", incidentId, resolveIncident: wanted && known.incident.open && !othersFiring };
}

function onFiring(incoming: Incoming, known: KnownAlert | null, group: readonly KnownAlert[]): Decision {
  if (known) {
    // Events v2 re-triggers a key whose incident was resolved; Alertmanager would send a new startsAt.
    if (!known.incident.open && incoming.kind === "events-v2") return { outcome: "declared", rearm: true };
    const changed = incoming.kind === "events-v2" && known.incident.open && known.summary !== incoming.summary;
    return { outcome: changed ? "updated" : "duplicate", incidentId: known.incident.id };
  }
  const open = group.find((a) => a.incident.open);
  if (!open) return { outcome: "declared", rearm: false };
  const raise = isMoreSevere(incoming.severity, open.incident.severity) ? incoming.severity : null;
  return { outcome: "joined", incidentId: open.incident.id, raiseTo: raise };
}

/** Outcomes that changed nothing, so need no audit row. */
export function changesNothing(outcome: Outcome): boolean {
  return outcome === "duplicate" || outcome === "ignored" || outcome === "rejected";
}
