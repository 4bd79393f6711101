// The public page's stylesheet: self-contained (the snapshot carries it as status.css), readable
// at 360 px, colours from the state vocabulary with white text at WCAG AA contrast.
import { COMPONENT_STATES, COMPONENT_STATE } from "../component-state";

const states = COMPONENT_STATES.map((s) => `.s-${s}{--c:${COMPONENT_STATE[s].colour}}`).join("\n");

export const STATUS_CSS = `*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#f8fafc;overflow-wrap:anywhere}
a{color:#3730a3}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.top{background:#0f172a;padding:12px 16px}.top .brand{color:#fff;font-weight:600;text-decoration:none}
main{max-width:56rem;margin:0 auto;padding:16px}
main:focus{outline:none}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:0 0 .25rem}
.banner{background:var(--c);color:#fff;border-radius:8px;padding:16px}
.card{background:#fff;border:1px solid #cbd5e1;border-radius:8px;padding:12px 16px;margin:0 0 12px}
.meta{color:#475569;font-size:.875rem;margin:.25rem 0}
.next{font-weight:600;margin:.25rem 0}
.msg{white-space:pre-line;margin:.25rem 0}
.updates{list-style:none;padding:0;margin:.5rem 0 0}.updates li{border-top:1px solid #e2e8f0;padding:.5rem 0}
.affected{margin:.25rem 0;padding-left:1.25rem}
.tag{display:inline-block;border:1px solid #64748b;border-radius:999px;padding:0 8px;font-size:.75rem;font-weight:600;color:#0f172a;background:#fff}
.state{display:inline-flex;gap:4px;align-items:center;font-size:.875rem;font-weight:600;color:#fff;background:var(--c);border-radius:999px;padding:0 8px;white-space:nowrap}
.group{background:#fff;border:1px solid #cbd5e1;border-radius:8px;padding:12px 16px;margin:0 0 12px}
.group h3{display:flex;flex-wrap:wrap;justify-content:space-between;gap:8px}
.components{list-style:none;padding:0;margin:0}
.component{border-top:1px solid #e2e8f0;padding:.75rem 0}
.component .row{display:flex;flex-wrap:wrap;justify-content:space-between;gap:8px}
.bars{display:grid;grid-template-columns:repeat(90,minmax(0,1fr));gap:1px;height:28px;margin:.5rem 0 .25rem}
.bar{display:block;background:var(--c);border-radius:1px;min-width:0}
.uptime{font-size:.8125rem;color:#475569;margin:0}
.days{font-size:.8125rem;margin:.25rem 0 0;padding-left:1.25rem}
.history{padding-left:1.25rem}
.foot{max-width:56rem;margin:0 auto;padding:16px;font-size:.875rem;color:#475569}
${states}
`;
