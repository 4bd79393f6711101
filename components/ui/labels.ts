import type { Tone } from "./badge";

export const SEVERITY_TONE: Record<string, Tone> = { SEV1: "red", SEV2: "amber", SEV3: "indigo" };
export const SEVERITY_LABEL: Record<string, string> = { SEV1: "SEV1 · Critical", SEV2: "SEV2 · High", SEV3: "SEV3 · Medium" };
export const STATUS_TONE: Record<string, Tone> = { INVESTIGATING: "red", IDENTIFIED: "amber", MONITORING: "indigo", RESOLVED: "green" };
export const LEVEL_TONE: Record<string, Tone> = { LOW: "green", MEDIUM: "amber", HIGH: "red", CRITICAL: "red" };
