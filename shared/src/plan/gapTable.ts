import { baselineTotalTCO2e, type PlanFigures } from '../domain/baseline.ts'
import type { Pathway } from '../pathway/pathway.ts'
import { type Cell, labelCell, numberCell, type PlanTable } from './cells.ts'

/**
 * the emissions gap, as label/value rows: business as usual in the target year, the
 * target and the residual emissions it leaves, the gap measures must close (BAU − target), and
 * what remains of it after the measures in the plan and after all measures counted so far.
 */
export function gapTable(figures: PlanFigures, pathway: Pathway): PlanTable {
  const last = pathway.years[pathway.years.length - 1]
  const bau = last?.bauTCO2e ?? 0
  const pctOfBau = (value: number) => numberCell(bau > 0 ? (100 * value) / bau : null, 'pct')
  const gap = Math.max(0, bau - pathway.targetTCO2e)
  const planned = last?.reductionTCO2e.in_plan ?? 0
  const afterPlan = Math.max(0, bau - planned - pathway.targetTCO2e)
  const { reference } = figures.target
  const referenceRows: Cell[][] = reference
    ? [
        [labelCell('referenceYear'), numberCell(reference.year, 'year')],
        [labelCell('referenceEmissions'), numberCell(reference.tCO2ePerYear, 'tCO2e')],
      ]
    : []
  return {
    columns: ['item', 'value'],
    rows: [
      [labelCell('baselineEmissions'), numberCell(baselineTotalTCO2e(figures.baseline), 'tCO2e')],
      ...referenceRows,
      [labelCell('bauTargetYear'), numberCell(bau, 'tCO2e')],
      [
        labelCell(reference ? 'reductionTargetVsReference' : 'reductionTarget'),
        numberCell(figures.target.reductionPct, 'pct'),
      ],
      [labelCell('residualEmissions'), numberCell(pathway.targetTCO2e, 'tCO2e')],
      [
        labelCell(reference ? 'residualPctOfReference' : 'residualPct'),
        numberCell(100 - figures.target.reductionPct, 'pct'),
      ],
      [labelCell('emissionsGap'), numberCell(gap, 'tCO2e')],
      [labelCell('emissionsGapPct'), pctOfBau(gap)],
      [labelCell('plannedReduction'), numberCell(planned, 'tCO2e')],
      [labelCell('gapAfterPlan'), numberCell(afterPlan, 'tCO2e')],
      [labelCell('gapAfterPlanPct'), pctOfBau(afterPlan)],
      [labelCell('gapAfterAll'), numberCell(pathway.gapTCO2e, 'tCO2e')],
      [labelCell('gapAfterAllPct'), numberCell(pathway.gapPctOfBau, 'pct')],
    ],
  }
}

/**
 * by milestone: one row per milestone and the target, with what each allows, business as
 * usual, the plan's cut and what remains in its year, and the gap left.
 */
export function milestoneTable(pathway: Pathway): PlanTable {
  return {
    columns: [
      'year',
      'reductionTargetPct',
      'allowedEmissions',
      'bauEmissions',
      'plannedReduction',
      'remainingEmissions',
      'milestoneGap',
    ],
    rows: pathway.milestones.map((m) => [
      numberCell(m.year, 'year'),
      numberCell(m.reductionPct, 'pct'),
      numberCell(m.allowedTCO2e, 'tCO2e'),
      numberCell(m.bauTCO2e, 'tCO2e'),
      numberCell(m.plannedReductionTCO2e, 'tCO2e'),
      numberCell(m.remainingTCO2e, 'tCO2e'),
      numberCell(m.gapTCO2e, 'tCO2e'),
    ]),
  }
}
