// The colour an SLO's figures are shown in, decided once for the cards, the overview row and the
// detail page: meeting the target is green, a budget running low is amber, an overspent one red.
import type { Tone } from "../vocabulary";

/** Below this share of budget left, the budget is shown as running low. */
export const LOW_BUDGET_FRACTION = 0.25;

export function attainmentTone(attainment: number | null, targetPercent: number): Tone {
  if (attainment === null) return "gray";
  return attainment >= targetPercent ? "green" : "red";
}

export function budgetTone(remainingFraction: number | null): Tone {
  if (remainingFraction === null) return "gray";
  if (remainingFraction <= 0) return "red";
  return remainingFraction < LOW_BUDGET_FRACTION ? "amber" : "green";
}
