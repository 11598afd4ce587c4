import { FUNDING_STATUSES } from '../domain/enums.ts'
import { type Cell, enumCell, labelCell, numberCell, type PlanTable, textCell } from './cells.ts'
import {
  type ByStatus,
  costsByYear,
  type InvestedMeasure,
  type InvestmentPlan,
  type InvestmentTotals,
} from './investment.ts'

/**
 * The investment plan's tables (the CCC's part C) for every renderer: the plan by year, each
 * measure's costs by year, the funding lines, and funding by source and by type. Each ends in a
 * total row (`totalRow`), which the XLSX writes as SUM formulas over the rows above.
 */

const eur = (value: number) => numberCell(value, 'eur')

const yearCell = (year: number | null): Cell =>
  year === null ? labelCell('yearNotGiven') : numberCell(year, 'year')

function totalsCells(t: InvestmentTotals): Cell[] {
  return [
    eur(t.capexEur),
    eur(t.opexEur),
    eur(t.neededEur),
    ...FUNDING_STATUSES.map((s) => eur(t.fundingByStatus[s])),
    eur(t.fundingEur),
    eur(t.gapSecuredEur),
    eur(t.gapAllEur),
  ]
}

const TOTALS_COLUMNS = [
  'capex',
  'opexYear',
  'investmentNeeded',
  'fundingSecured',
  'fundingApplied',
  'fundingPlanned',
  'fundingTotal',
  'gapSecured',
  'gapAll',
]

/** Per year: the investment needed, funding by status, and the gap; then the total. */
export function investmentYearsTable(plan: InvestmentPlan): PlanTable {
  if (plan.years.length === 0) return { columns: [], rows: [] }
  return {
    columns: ['year', ...TOTALS_COLUMNS],
    rows: [
      ...plan.years.map((y) => [yearCell(y.year), ...totalsCells(y)]),
      [labelCell('total'), ...totalsCells(plan.total)],
    ],
    totalRow: true,
  }
}

/** Per measure and year: what it costs and what funds it. */
export function measureCostsTable(plan: InvestmentPlan): PlanTable {
  if (plan.years.length === 0) return { columns: [], rows: [] }
  const rows: Cell[][] = []
  for (const m of plan.measures) {
    for (const y of m.years) {
      rows.push([
        textCell(m.title),
        yearCell(y.year),
        eur(y.capexEur),
        eur(y.opexEur),
        eur(y.neededEur),
        eur(y.fundingByStatus.secured),
        eur(y.fundingEur),
        eur(y.gapSecuredEur),
      ])
    }
  }
  const t = plan.total
  rows.push([
    labelCell('total'),
    textCell(''),
    eur(t.capexEur),
    eur(t.opexEur),
    eur(t.neededEur),
    eur(t.fundingByStatus.secured),
    eur(t.fundingEur),
    eur(t.gapSecuredEur),
  ])
  return {
    columns: [
      'measure',
      'year',
      'capex',
      'opexYear',
      'investmentNeeded',
      'fundingSecured',
      'fundingTotal',
      'gapSecured',
    ],
    rows,
    totalRow: true,
  }
}

function yearsText(years: readonly (number | null)[]): string {
  const dated = years.filter((y): y is number => y !== null)
  if (dated.length === 0) return ''
  const first = Math.min(...dated)
  const last = Math.max(...dated)
  return first === last ? String(first) : `${first}–${last}`
}

/** Every funding line of every measure: source, type, status, its years, its amount. */
export function fundingLinesTable(measures: readonly InvestedMeasure[]): PlanTable {
  const rows: Cell[][] = []
  let total = 0
  for (const measure of measures) {
    for (const line of costsByYear(measure).funding) {
      total += line.totalEur
      rows.push([
        textCell(measure.title),
        textCell(line.source),
        enumCell('fundingType', line.type),
        enumCell('fundingStatus', line.status),
        textCell(yearsText(line.byYear.map((e) => e.year))),
        eur(line.totalEur),
      ])
    }
  }
  if (rows.length === 0) return { columns: [], rows: [] }
  rows.push([
    labelCell('total'),
    textCell(''),
    textCell(''),
    textCell(''),
    textCell(''),
    eur(total),
  ])
  return {
    columns: ['measure', 'fundingSource', 'fundingType', 'fundingStatus', 'years', 'amount'],
    rows,
    totalRow: true,
  }
}

const statusCells = (byStatus: ByStatus, total: number) => [
  ...FUNDING_STATUSES.map((s) => eur(byStatus[s])),
  eur(total),
]

function sumByStatus(items: readonly { byStatus: ByStatus }[]): ByStatus {
  const sum: ByStatus = { secured: 0, applied: 0, planned: 0 }
  for (const item of items) for (const s of FUNDING_STATUSES) sum[s] += item.byStatus[s]
  return sum
}

const STATUS_COLUMNS = ['fundingSecured', 'fundingApplied', 'fundingPlanned', 'fundingTotal']

/** Funding by source, with the types it comes as, by status. */
export function fundingBySourceTable(plan: InvestmentPlan): PlanTable {
  if (plan.bySource.length === 0) return { columns: [], rows: [] }
  const total = plan.bySource.reduce((sum, s) => sum + s.totalEur, 0)
  return {
    columns: ['fundingSource', 'fundingType', ...STATUS_COLUMNS],
    rows: [
      ...plan.bySource.map((s) => [
        textCell(s.source),
        enumCell('fundingType', s.types),
        ...statusCells(s.byStatus, s.totalEur),
      ]),
      [labelCell('total'), textCell(''), ...statusCells(sumByStatus(plan.bySource), total)],
    ],
    totalRow: true,
  }
}

/** Funding by type (grant, loan, municipal budget …), by status. */
export function fundingByTypeTable(plan: InvestmentPlan): PlanTable {
  if (plan.byType.length === 0) return { columns: [], rows: [] }
  const total = plan.byType.reduce((sum, s) => sum + s.totalEur, 0)
  return {
    columns: ['fundingType', ...STATUS_COLUMNS],
    rows: [
      ...plan.byType.map((t) => [
        enumCell('fundingType', t.type),
        ...statusCells(t.byStatus, t.totalEur),
      ]),
      [labelCell('total'), ...statusCells(sumByStatus(plan.byType), total)],
    ],
    totalRow: true,
  }
}
