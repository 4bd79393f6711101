// The public pages as HTML strings: the same markup serves /status and the static snapshot, so
// the page people read while Bridge is down is the page they know. Every value is escaped.
import { COMPONENT_STATE } from "../component-state";
import type { IncidentStatus } from "../incident-status";
import { MAINTENANCE_STATUS, type MaintenanceStatus } from "../maintenance-status";
import { describeDay } from "../uptime";
import { escapeHtml as e, textToHtml } from "../html";
import { dateTimeUtc } from "./format";
import { document, type PageOptions } from "./html-shell";
import { maintenanceLabel, nextUpdate, stateMark, statusLabel, time, updateList } from "./html-parts";
import type { PublicComponent, PublicIncident, PublicMaintenance, StatusSummary } from "./summary";

type Links = PageOptions["links"];

function incidentCard(i: PublicIncident, links: Links): string {
  const affected = i.components.map((c) => `<li>${e(c.name)}: ${stateMark(c.state)}</li>`).join("");
  return `<article class="card" aria-labelledby="inc-${e(i.id)}">
<h3 id="inc-${e(i.id)}"><a href="${e(links.incident(i.id))}">${e(i.title)}</a></h3>
<p class="meta">${statusLabel(i.status)} Started ${time(i.startedAt)}</p>
${nextUpdate(i.nextUpdateAt)}
${affected ? `<ul class="affected" aria-label="Affected components">${affected}</ul>` : ""}
${updateList(i.updates, (s) => statusLabel(s as IncidentStatus))}
</article>`;
}

function maintenanceCard(m: PublicMaintenance, links: Links): string {
  const parts = m.components.map((c) => `<li>${e(c.name)}</li>`).join("");
  return `<article class="card" aria-labelledby="mnt-${e(m.id)}">
<h3 id="mnt-${e(m.id)}"><a href="${e(links.maintenance(m.id))}">${e(m.title)}</a></h3>
<p class="meta">${maintenanceLabel(m.status)} ${time(m.scheduledStart)} – ${time(m.scheduledEnd)}</p>
${m.description ? `<p class="msg">${e(m.description)}</p>` : ""}
${parts ? `<ul class="affected" aria-label="Components under maintenance">${parts}</ul>` : ""}
</article>`;
}

/** A component's 90 bars are decoration; the days with incidents are listed as links beside them. */
function component(c: PublicComponent, links: Links): string {
  const bars = c.uptime.days
    .map((d) => {
      const label = e(describeDay(d));
      const cls = `bar s-${d.state}`;
      return d.incidentIds.length > 0
        ? `<a class="${cls}" href="${e(links.incident(d.incidentIds[0]))}" title="${label}" tabindex="-1"></a>`
        : `<span class="${cls}" title="${label}"></span>`;
    })
    .join("");
  const incidentDays = c.uptime.days
    .filter((d) => d.incidentIds.length > 0)
    .flatMap((d) => d.incidentIds.map((id) => `<li><a href="${e(links.incident(id))}">${e(describeDay(d))}</a></li>`))
    .join("");
  const days = c.uptime.days.length;
  return `<li class="component" data-component="${e(c.slug)}">
<div class="row"><span class="name">${e(c.name)}</span>${stateMark(c.state)}</div>
<div class="bars" aria-hidden="true">${bars}</div>
<p class="uptime">${c.uptime.uptimePercent}% uptime over the last ${days} days</p>
${incidentDays ? `<ul class="days" aria-label="Incidents affecting ${e(c.name)} in the last ${days} days">${incidentDays}</ul>` : ""}
</li>`;
}

function history(s: StatusSummary, links: Links): string {
  const incidents = s.history
    .map(
      (i) =>
        `<li><a href="${e(links.incident(i.id))}">${e(i.title)}</a> <span class="meta">resolved ${time(i.resolvedAt!)}</span></li>`,
    )
    .join("");
  const done = s.pastMaintenance
    .map(
      (m) =>
        `<li><a href="${e(links.maintenance(m.id))}">${e(m.title)}</a> <span class="meta">${e(MAINTENANCE_STATUS.COMPLETED.label.toLowerCase())}, ${time(m.scheduledEnd)}</span></li>`,
    )
    .join("");
  if (!incidents && !done) return `<p>No incidents in the last 90 days.</p>`;
  return `<ul class="history">${incidents}${done}</ul>`;
}

export function renderStatusPage(s: StatusSummary, options: PageOptions): string {
  const { links } = options;
  const o = COMPONENT_STATE[s.overall.state];
  const groups = s.groups
    .map(
      (g, n) => `<section class="group" aria-labelledby="grp-${n}">
<h3 id="grp-${n}"><span>${e(g.name)}</span>${stateMark(g.state)}</h3>
<ul class="components">${g.components.map((c) => component(c, links)).join("\n")}</ul>
</section>`,
    )
    .join("\n");
  const main = `<h1 class="banner s-${s.overall.state}"><span aria-hidden="true">${o.symbol}</span> ${e(s.overall.headline)}</h1>
${s.lastPublishedAt ? `<p class="meta">Last update ${time(s.lastPublishedAt)}</p>` : ""}
<section aria-labelledby="active-h"><h2 id="active-h">Active incidents</h2>
${s.incidents.length ? s.incidents.map((i) => incidentCard(i, links)).join("\n") : "<p>No active incidents.</p>"}
</section>
${s.maintenance.length ? `<section aria-labelledby="mnt-h"><h2 id="mnt-h">Scheduled maintenance</h2>${s.maintenance.map((m) => maintenanceCard(m, links)).join("\n")}</section>` : ""}
<section aria-labelledby="cmp-h"><h2 id="cmp-h">Components</h2>
${groups}
</section>
<section aria-labelledby="hist-h"><h2 id="hist-h">Past incidents and maintenance</h2>
${history(s, links)}
</section>`;
  return document(s.overall.headline, main, options);
}

export function renderIncidentPage(i: PublicIncident, options: PageOptions): string {
  const affected = i.components.map((c) => `<li>${e(c.name)}: ${stateMark(c.state)}</li>`).join("");
  const main = `<p><a href="${e(options.links.home)}">← All systems</a></p>
<h1>${e(i.title)}</h1>
<p class="meta">${statusLabel(i.status)} Started ${time(i.startedAt)}${i.resolvedAt ? ` · resolved ${time(i.resolvedAt)}` : ""}</p>
${nextUpdate(i.nextUpdateAt)}
<section aria-labelledby="aff-h"><h2 id="aff-h">Affected components</h2>
${affected ? `<ul class="affected">${affected}</ul>` : "<p>None named.</p>"}
</section>
${
  i.postmortemSummary
    ? `<section aria-labelledby="pm-h"><h2 id="pm-h">Postmortem summary</h2>
<p class="meta">Published ${time(i.postmortemSummary.publishedAt)}</p>
<div class="msg">${textToHtml(i.postmortemSummary.text)}</div>
</section>`
    : ""
}
<section aria-labelledby="upd-h"><h2 id="upd-h">Updates</h2>
${updateList(i.updates, (s) => statusLabel(s as IncidentStatus))}
</section>`;
  return document(i.title, main, options);
}

export function renderMaintenancePage(m: PublicMaintenance, options: PageOptions): string {
  const parts = m.components.map((c) => `<li>${e(c.name)}</li>`).join("");
  const main = `<p><a href="${e(options.links.home)}">← All systems</a></p>
<h1>${e(m.title)}</h1>
<p class="meta">${maintenanceLabel(m.status)} Window ${time(m.scheduledStart)} – ${time(m.scheduledEnd)}</p>
${m.description ? `<p class="msg">${e(m.description)}</p>` : ""}
<section aria-labelledby="cmp-h"><h2 id="cmp-h">Components</h2>
${parts ? `<ul class="affected">${parts}</ul>` : "<p>None named.</p>"}
</section>
<section aria-labelledby="upd-h"><h2 id="upd-h">Updates</h2>
${m.updates.length ? updateList(m.updates, (s) => maintenanceLabel(s as MaintenanceStatus)) : `<p>Scheduled for ${e(dateTimeUtc(m.scheduledStart))}.</p>`}
</section>`;
  return document(m.title, main, options);
}
