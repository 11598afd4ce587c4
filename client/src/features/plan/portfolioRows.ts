import {
  costPerTCO2eEur,
  type Measure,
  totalCostEur,
  totalReductionTCO2ePerYear,
} from '@pactboard/shared'

/** A portfolio row's derived figures (DESIGN §3: cost per tCO2e is derived, never stored). */
export interface PortfolioFigures {
  tCO2ePerYear: number
  totalCostEur: number
  /** Total cost over the tonnes avoided in the measure's timeline (shared, as in the exports). */
  costPerTCO2eEur: number | null
}

export function portfolioFiguresOf(measure: Measure): PortfolioFigures {
  return {
    tCO2ePerYear: totalReductionTCO2ePerYear(measure),
    totalCostEur: totalCostEur(measure),
    costPerTCO2eEur: costPerTCO2eEur(measure),
  }
}

/** Measures a planner can still bring into the plan: visible, alive and not yet in it. */
export function candidatesFor(measures: readonly Measure[], portfolio: readonly string[]) {
  const inPlan = new Set(portfolio)
  return measures
    .filter(
      (m) =>
        !inPlan.has(m.id) &&
        m.hidden === null &&
        m.mergedInto === null &&
        m.status !== 'rejected' &&
        m.status !== 'withdrawn',
    )
    .sort((a, b) => Number(b.status === 'prioritised') - Number(a.status === 'prioritised'))
}
