import { EMISSION_SECTORS, type EmissionSector, type Pathway } from '@pactboard/shared'

/** What the chart shows, in numbers a screen reader (and the text beside the chart) can say. */
export interface PathwaySummary {
  targetYear: number
  remainingTCO2e: number
  targetTCO2e: number
  gapTCO2e: number
  gapPctOfBau: number
  /** Sectors where the measures would cut more than the sector emits, in some year. */
  clampedSectors: EmissionSector[]
  /** Measures that would cut emissions but have no first year, so count in no year. */
  undatedCount: number
  /** The milestones before the target year, where the pathway stands in each. */
  milestones: { year: number; reductionPct: number; remainingTCO2e: number; gapTCO2e: number }[]
}

export function summarisePathway(pathway: Pathway): PathwaySummary | null {
  const last = pathway.years.at(-1)
  if (!last) return null
  const clamped = new Set(pathway.clamped.map((c) => c.sector))
  return {
    targetYear: last.year,
    remainingTCO2e: last.remainingTCO2e,
    targetTCO2e: pathway.targetTCO2e,
    gapTCO2e: pathway.gapTCO2e,
    gapPctOfBau: pathway.gapPctOfBau,
    clampedSectors: EMISSION_SECTORS.filter((s) => clamped.has(s)),
    undatedCount: pathway.undatedMeasureIds.length,
    milestones: pathway.milestones
      .filter((m) => !m.final)
      .map(({ year, reductionPct, remainingTCO2e, gapTCO2e }) => ({
        year,
        reductionPct,
        remainingTCO2e,
        gapTCO2e,
      })),
  }
}
