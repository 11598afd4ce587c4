import { type Measure, totalCostEur, totalReductionTCO2ePerYear } from '../domain/measure.ts'
import { effectShare } from './pathway.ts'

/**
 * tCO2e avoided over the years the measure is paid for (its timeline, ramp-up counted), so that
 * it divides the same years' total cost; without a complete timeline, one year at full effect,
 * as `totalCostEur` then counts one year of opex.
 */
export function cumulativeReductionTCO2e(measure: Measure): number {
  const perYear = totalReductionTCO2ePerYear(measure)
  const { startYear, endYear } = measure.timeline
  if (startYear === null || endYear === null) return perYear
  let total = 0
  for (let year = startYear; year <= endYear; year++) {
    total += perYear * effectShare(year, measure.reduction)
  }
  return total
}

/** Cost per tonne avoided (DESIGN §2: derived, never stored); null when it avoids nothing. */
export function costPerTCO2eEur(measure: Measure): number | null {
  const tonnes = cumulativeReductionTCO2e(measure)
  return tonnes > 0 ? totalCostEur(measure) / tonnes : null
}
