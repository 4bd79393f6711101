// The shape every fault scenario has, and the one table row each reports.
import type { Effects } from "./effects";

/** A scenario's figures for the closing table: what the receivers got, and how soon it was all out. */
export type Figures = Omit<Effects, "problems"> & { recovery: string };

export type Outcome = { problems: string[]; notes: string[]; figures?: Figures };

export type Scenario = {
  name: string;
  /** Part of the short form that `npm test` runs. */
  short: boolean;
  /** Runs Bridge as `npm start` does (web server and worker), so it needs a production build. */
  app?: boolean;
  run: (options: { short: boolean; database: string }) => Promise<Outcome>;
};

/** An outcome from what the receivers got, with the scenario's own problems and notes first. */
export function outcomeOf(effects: Effects, recovery: string, problems: string[], notes: string[]): Outcome {
  const { problems: receiverProblems, ...figures } = effects;
  return { problems: [...problems, ...receiverProblems], notes, figures: { ...figures, recovery } };
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
