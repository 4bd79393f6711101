// Small pieces shared by the public pages: state marks, times, update lists.
import { COMPONENT_STATE, type ComponentState } from "../component-state";
import { STATUS } from "../incident-status";
import { MAINTENANCE_STATUS, type MaintenanceStatus } from "../maintenance-status";
import type { IncidentStatus } from "../incident-status";
import { escapeHtml as e } from "../html";
import { clockUtc, dateTimeUtc } from "./format";

/** A state in words with its symbol; the colour is decoration. */
export function stateMark(state: ComponentState): string {
  const s = COMPONENT_STATE[state];
  return `<span class="state s-${state}"><span aria-hidden="true">${s.symbol}</span> ${e(s.label)}</span>`;
}

export function time(isoTime: string, words = dateTimeUtc(isoTime)): string {
  return `<time datetime="${e(isoTime)}">${e(words)}</time>`;
}

export function nextUpdate(isoTime: string | null): string {
  return isoTime ? `<p class="next">Next update by ${time(isoTime, clockUtc(isoTime))}</p>` : "";
}

export function statusLabel(status: IncidentStatus): string {
  return `<span class="tag t-${status}">${e(STATUS[status].label)}</span>`;
}

export function maintenanceLabel(status: MaintenanceStatus): string {
  return `<span class="tag m-${status}">${e(MAINTENANCE_STATUS[status].label)}</span>`;
}

type Update = { status: string; message: string; publishedAt: string };

/** Updates oldest first, as the story happened. */
export function updateList(updates: Update[], label: (status: string) => string): string {
  const items = updates
    .map(
      (u) => `<li><p class="meta">${label(u.status)} ${time(u.publishedAt)}</p><p class="msg">${e(u.message)}</p></li>`,
    )
    .join("\n");
  return `<ol class="updates">${items}</ol>`;
}
