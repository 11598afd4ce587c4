import {
  FUNDING_STATUSES,
  FUNDING_TYPES,
  type FundingStatus,
  type FundingType,
} from '../domain/enums.ts'
import type { MeasureFields } from '../domain/measure.ts'

/**
 * The investment plan (the CCC's part C): what the measures cost year by year, what funds them by
 * source, type and status, and the funding gap. Pure over measures' figures, so it goes wherever
 * the plan goes.
 *
 * Reading older figures (a measure written before costs had years):
 * - a lump capex falls in the start year; a flat opex in every year from start to end (only the
 *   start year when there is no end year, as `totalCostEur` counts it);
 * - a funding line without years falls in the start year;
 * - without a start year, what has no year is counted under `year: null` ("year not given"),
 *   never dropped, so totals always match the measures' own totals.
 */

/** An amount in a year; `null` when the measure gives no year to put it in. */
export interface DatedAmount {
  year: number | null
  eur: number
}

export interface DatedFundingLine {
  source: string
  type: FundingType
  status: FundingStatus
  byYear: DatedAmount[]
  totalEur: number
}

/** One measure's costs and funding, year by year, older shapes read as the newer. */
export interface MeasureCostsByYear {
  capex: DatedAmount[]
  opex: DatedAmount[]
  funding: DatedFundingLine[]
}

type Figures = Pick<MeasureFields, 'cost' | 'timeline'>

function timelineYears({ startYear, endYear }: Figures['timeline']): (number | null)[] {
  if (startYear === null) return [null]
  if (endYear === null) return [startYear]
  return Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i)
}

const byYear = (a: { year: number | null }, b: { year: number | null }) =>
  (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY)

const nonZero = (amounts: DatedAmount[]) => amounts.filter((a) => a.eur !== 0).sort(byYear)

export function costsByYear(measure: Figures): MeasureCostsByYear {
  const { cost, timeline } = measure
  const start = timeline.startYear
  const capex =
    cost.capexByYear && cost.capexByYear.length > 0
      ? cost.capexByYear.map((e) => ({ ...e }))
      : [{ year: start, eur: cost.capexEur }]
  const opex =
    cost.opexByYear && cost.opexByYear.length > 0
      ? cost.opexByYear.map((e) => ({ ...e }))
      : timelineYears(timeline).map((year) => ({ year, eur: cost.opexEurPerYear }))
  const funding = cost.funding.map((line) => ({
    source: line.source,
    type: line.type,
    status: line.status,
    byYear: nonZero(
      line.byYear && line.byYear.length > 0
        ? line.byYear.map((e) => ({ ...e }))
        : [{ year: start, eur: line.amountEur }],
    ),
    totalEur: line.amountEur,
  }))
  return { capex: nonZero(capex), opex: nonZero(opex), funding }
}

export type ByStatus = Record<FundingStatus, number>

export interface InvestmentTotals {
  capexEur: number
  opexEur: number
  /** Capex plus opex: the investment needed. */
  neededEur: number
  fundingByStatus: ByStatus
  fundingEur: number
  /** Needed less secured funding; negative when more is secured than needed. */
  gapSecuredEur: number
  /** Needed less all funding, secured, applied for and planned. */
  gapAllEur: number
}

export interface InvestmentYear extends InvestmentTotals {
  year: number | null
}

export interface MeasureInvestment {
  measureId: string
  title: string
  years: InvestmentYear[]
  total: InvestmentTotals
}

export interface FundingSource {
  source: string
  types: FundingType[]
  byStatus: ByStatus
  totalEur: number
}

export interface InvestmentPlan {
  /** Every year with a cost or funding, in order; the year not given, if any, last. */
  years: InvestmentYear[]
  total: InvestmentTotals
  measures: MeasureInvestment[]
  /** By the funding source's name (the same name in any case and spacing is one source). */
  bySource: FundingSource[]
  /** Every funding type that funds something, with its amounts by status. */
  byType: { type: FundingType; byStatus: ByStatus; totalEur: number }[]
}

export type InvestedMeasure = Figures & { id: string; title: string }

function zeroByStatus(): ByStatus {
  return { secured: 0, applied: 0, planned: 0 }
}

class YearSums {
  readonly byYear = new Map<number | null, { capex: number; opex: number; funding: ByStatus }>()

  private at(year: number | null) {
    let sums = this.byYear.get(year)
    if (!sums) {
      sums = { capex: 0, opex: 0, funding: zeroByStatus() }
      this.byYear.set(year, sums)
    }
    return sums
  }

  add(costs: MeasureCostsByYear): void {
    for (const { year, eur } of costs.capex) this.at(year).capex += eur
    for (const { year, eur } of costs.opex) this.at(year).opex += eur
    for (const line of costs.funding) {
      for (const { year, eur } of line.byYear) this.at(year).funding[line.status] += eur
    }
  }

  years(): InvestmentYear[] {
    return [...this.byYear.entries()]
      .map(([year, s]) => ({ year, ...totalsOf(s.capex, s.opex, s.funding) }))
      .sort(byYear)
  }
}

function totalsOf(capexEur: number, opexEur: number, fundingByStatus: ByStatus): InvestmentTotals {
  const neededEur = capexEur + opexEur
  const fundingEur = FUNDING_STATUSES.reduce((sum, s) => sum + fundingByStatus[s], 0)
  return {
    capexEur,
    opexEur,
    neededEur,
    fundingByStatus,
    fundingEur,
    gapSecuredEur: neededEur - fundingByStatus.secured,
    gapAllEur: neededEur - fundingEur,
  }
}

function sumTotals(years: readonly InvestmentYear[]): InvestmentTotals {
  const funding = zeroByStatus()
  let capex = 0
  let opex = 0
  for (const y of years) {
    capex += y.capexEur
    opex += y.opexEur
    for (const s of FUNDING_STATUSES) funding[s] += y.fundingByStatus[s]
  }
  return totalsOf(capex, opex, funding)
}

export function computeInvestmentPlan(measures: readonly InvestedMeasure[]): InvestmentPlan {
  const all = new YearSums()
  const sources = new Map<string, FundingSource>()
  const types = new Map<FundingType, ByStatus>()
  const perMeasure: MeasureInvestment[] = []
  for (const measure of measures) {
    const costs = costsByYear(measure)
    all.add(costs)
    const own = new YearSums()
    own.add(costs)
    const years = own.years()
    perMeasure.push({
      measureId: measure.id,
      title: measure.title,
      years,
      total: sumTotals(years),
    })
    for (const line of costs.funding) {
      const key = line.source.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en')
      let source = sources.get(key)
      if (!source) {
        source = { source: line.source.trim(), types: [], byStatus: zeroByStatus(), totalEur: 0 }
        sources.set(key, source)
      }
      if (!source.types.includes(line.type)) source.types.push(line.type)
      source.byStatus[line.status] += line.totalEur
      source.totalEur += line.totalEur
      const type = types.get(line.type) ?? zeroByStatus()
      type[line.status] += line.totalEur
      types.set(line.type, type)
    }
  }
  const years = all.years()
  return {
    years,
    total: sumTotals(years),
    measures: perMeasure,
    bySource: [...sources.values()].sort((a, b) => b.totalEur - a.totalEur),
    byType: FUNDING_TYPES.flatMap((type) => {
      const byStatus = types.get(type)
      if (!byStatus) return []
      return [{ type, byStatus, totalEur: FUNDING_STATUSES.reduce((s, k) => s + byStatus[k], 0) }]
    }),
  }
}
