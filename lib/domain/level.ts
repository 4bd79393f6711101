// Risk levels (probability, impact, mitigation priority) and their colour.
import type { Lookup, Tone } from "./vocabulary";

export const LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_TONE: Lookup<Level, Tone> = { LOW: "green", MEDIUM: "amber", HIGH: "red", CRITICAL: "red" };
