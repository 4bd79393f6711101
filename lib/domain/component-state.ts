// What a component's state means on the public status page: the one place its words, order of
// badness and colours are written. Every state carries text and a symbol, never colour alone.
import { column, type Tone } from "./vocabulary";
import type { Severity } from "./severity";

export const COMPONENT_STATES = [
  "OPERATIONAL",
  "DEGRADED_PERFORMANCE",
  "PARTIAL_OUTAGE",
  "MAJOR_OUTAGE",
  "UNDER_MAINTENANCE",
] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

type StateEntry = {
  label: string;
  /** The page headline when this is the worst state of all components. */
  headline: string;
  /** What it means to someone outside the team. */
  plain: string;
  /** Higher is worse; the roll-up keeps the highest. Maintenance is planned, so it ranks low. */
  rank: number;
  tone: Tone;
  /** A text mark beside the colour, for people who cannot tell the colours apart. */
  symbol: string;
  /** The colour of its bar and dot on the public page (contrast checked against white text). */
  colour: string;
};

export const COMPONENT_STATE: Record<ComponentState, StateEntry> = {
  OPERATIONAL: {
    label: "Operational",
    headline: "All systems operational",
    plain: "Working normally.",
    rank: 0,
    tone: "green",
    symbol: "✓",
    colour: "#047857",
  },
  DEGRADED_PERFORMANCE: {
    label: "Degraded performance",
    headline: "Degraded performance",
    plain: "Working, but slower or less reliable than usual.",
    rank: 2,
    tone: "amber",
    symbol: "!",
    colour: "#a16207",
  },
  PARTIAL_OUTAGE: {
    label: "Partial outage",
    headline: "Partial outage",
    plain: "Some people or some features cannot use it.",
    rank: 3,
    tone: "amber",
    symbol: "▲",
    colour: "#c2410c",
  },
  MAJOR_OUTAGE: {
    label: "Major outage",
    headline: "Major outage",
    plain: "Not available.",
    rank: 4,
    tone: "red",
    symbol: "✕",
    colour: "#b91c1c",
  },
  UNDER_MAINTENANCE: {
    label: "Under maintenance",
    headline: "Maintenance in progress",
    plain: "Planned work is in progress.",
    rank: 1,
    tone: "indigo",
    symbol: "⚙",
    colour: "#4338ca",
  },
};

export const COMPONENT_STATE_LABEL = column(COMPONENT_STATE, "label");
export const COMPONENT_STATE_TONE = column(COMPONENT_STATE, "tone");

/** An incident's impact on a component when the commander has not said: from its severity. */
const BY_SEVERITY: Record<Severity, ComponentState> = {
  SEV1: "MAJOR_OUTAGE",
  SEV2: "PARTIAL_OUTAGE",
  SEV3: "DEGRADED_PERFORMANCE",
};

export function stateFromSeverity(severity: Severity): ComponentState {
  return BY_SEVERITY[severity];
}

/** The worst of some states; operational when there are none. */
export function worstState(states: Iterable<ComponentState>): ComponentState {
  let worst: ComponentState = "OPERATIONAL";
  for (const s of states) if (COMPONENT_STATE[s].rank > COMPONENT_STATE[worst].rank) worst = s;
  return worst;
}

/** One active public incident's effect on a component: what the commander chose, else by severity. */
export type Impact = { publicState: ComponentState | null; severity: Severity };

export type StateInputs = {
  /** A commander's override: wins over everything derived. */
  override: ComponentState | null;
  impacts: Impact[];
  /** Maintenance on it is in progress (or being verified). */
  inMaintenance: boolean;
};

/** A component's public state: override, else the worst of its incidents' impacts and maintenance. */
export function deriveComponentState({ override, impacts, inMaintenance }: StateInputs): ComponentState {
  if (override) return override;
  const states = impacts.map((i) => i.publicState ?? stateFromSeverity(i.severity));
  if (inMaintenance) states.push("UNDER_MAINTENANCE");
  return worstState(states);
}

export function isComponentState(value: unknown): value is ComponentState {
  return typeof value === "string" && (COMPONENT_STATES as readonly string[]).includes(value);
}
