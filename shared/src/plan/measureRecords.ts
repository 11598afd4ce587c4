import { EMISSION_SECTORS } from '../domain/enums.ts'
import {
  type Cell,
  dateCell,
  enumCell,
  labelCell,
  numberCell,
  type PlanTable,
  textCell,
} from './cells.ts'
import type { PlanMeasure } from './planMeasure.ts'

/**
 * One row per measure with every field, its votes and commitments: what the XLSX "Portfolio"
 * sheet and the CSV hold, written once so both carry the same columns. And B-2.2's outline.
 */

const joined = (values: readonly string[]) => textCell(values.join('; '))

export function measureRecordsTable(measures: readonly PlanMeasure[]): PlanTable {
  const sectorColumns = EMISSION_SECTORS.map((s) => `reduction_${s}`)
  return {
    columns: [
      'id',
      'measure',
      'description',
      'status',
      'inPortfolio',
      'actionType',
      'fieldOfAction',
      'systemicLevers',
      'emissionSectors',
      ...sectorColumns,
      'reduction',
      'firstYear',
      'rampUpYears',
      'confidence',
      'method',
      'capex',
      'opex',
      'totalCost',
      'costPerTCO2e',
      'fundingSources',
      'fundingType',
      'fundingStatus',
      'startYear',
      'endYear',
      'responsible',
      'collaborators',
      'stakeholders',
      'coBenefits',
      'tags',
      'proposer',
      'proposerOrganisation',
      'createdAt',
      'updatedAt',
      'hidden',
      'mergedInto',
      'votes',
      'commitments',
    ],
    rows: measures.map((m): Cell[] => {
      const { measure } = m
      const funding = measure.cost.funding
      return [
        textCell(measure.id),
        textCell(measure.title),
        textCell(measure.description),
        enumCell('measureStatus', measure.status),
        labelCell(m.inPortfolio ? 'yes' : 'no'),
        enumCell('actionType', measure.actionType),
        enumCell('fieldOfAction', measure.fieldOfAction),
        enumCell('systemicLever', measure.systemicLevers),
        enumCell('emissionSector', measure.emissionSectors),
        ...EMISSION_SECTORS.map((s) =>
          numberCell(measure.reduction.tCO2ePerYearBySector[s] ?? null, 'tCO2e'),
        ),
        numberCell(m.reductionTCO2ePerYear, 'tCO2e'),
        numberCell(measure.reduction.firstYear, 'year'),
        numberCell(measure.reduction.rampUpYears, 'count'),
        enumCell('confidence', measure.reduction.confidence),
        textCell(measure.reduction.method),
        numberCell(measure.cost.capexEur, 'eur'),
        numberCell(measure.cost.opexEurPerYear, 'eur'),
        numberCell(m.totalCostEur, 'eur'),
        numberCell(m.costPerTCO2eEur, 'eurPerTCO2e'),
        joined(funding.map((f) => `${f.source}: ${f.amountEur}`)),
        enumCell('fundingType', [...new Set(funding.map((f) => f.type))]),
        enumCell('fundingStatus', [...new Set(funding.map((f) => f.status))]),
        numberCell(measure.timeline.startYear, 'year'),
        numberCell(measure.timeline.endYear, 'year'),
        joined(m.primaryActors),
        joined(m.collaborators),
        joined(measure.involvedStakeholders),
        enumCell('coBenefit', measure.coBenefits),
        joined(measure.tags),
        textCell(m.proposerName),
        textCell(m.proposerActorName ?? ''),
        dateCell(measure.createdAt),
        dateCell(measure.updatedAt),
        // why it was hidden, or a plain "yes" in the export's language when no reason was given
        measure.hidden
          ? measure.hidden.reason
            ? textCell(measure.hidden.reason)
            : labelCell('yes')
          : textCell(''),
        textCell(measure.mergedInto ?? ''),
        numberCell(m.votes, 'count'),
        joined(m.commitments.map((c) => c.text)),
      ]
    }),
  }
}

/** B-2.2: one measure's action outline as label/value rows, in the CCC's order. */
export function outlineRows(m: PlanMeasure, workshopTitle: string): [string, Cell][] {
  const { measure } = m
  const bySector = EMISSION_SECTORS.filter(
    (s) => measure.reduction.tCO2ePerYearBySector[s] !== undefined,
  ).map((s): [string, Cell] => [
    `reduction_${s}`,
    numberCell(measure.reduction.tCO2ePerYearBySector[s] ?? 0, 'tCO2e'),
  ])
  const origin = [m.proposerName, m.proposerActorName, workshopTitle].filter(Boolean).join(', ')
  return [
    ['actionType', enumCell('actionType', measure.actionType)],
    ['description', textCell(measure.description)],
    ['fieldOfAction', enumCell('fieldOfAction', measure.fieldOfAction)],
    ['systemicLevers', enumCell('systemicLever', measure.systemicLevers)],
    ['responsible', textCell(m.primaryActors.join(', '))],
    ['collaborators', textCell(m.collaborators.join(', '))],
    ['stakeholders', textCell(measure.involvedStakeholders.join(', '))],
    ...bySector,
    ['reduction', numberCell(m.reductionTCO2ePerYear, 'tCO2e')],
    ['confidence', enumCell('confidence', measure.reduction.confidence)],
    ['method', textCell(measure.reduction.method)],
    ['totalCost', numberCell(m.totalCostEur, 'eur')],
    ['costPerTCO2e', numberCell(m.costPerTCO2eEur, 'eurPerTCO2e')],
    ['startYear', numberCell(measure.timeline.startYear, 'year')],
    ['endYear', numberCell(measure.timeline.endYear, 'year')],
    ['coBenefits', enumCell('coBenefit', measure.coBenefits)],
    ['votes', numberCell(m.votes, 'count')],
    ['origin', textCell(origin)],
  ]
}
