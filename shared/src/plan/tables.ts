import type { Actor } from '../domain/actor.ts'
import { type Baseline, baselineTotalTCO2e, sectorTotalTCO2e } from '../domain/baseline.ts'
import type { Commitment } from '../domain/commitment.ts'
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

/** The plan's tables as rows of typed cells, built once for every renderer. */

const list = (names: readonly string[]) => textCell(names.join(', '))

/** the inventory by GPC sector and scope, with each sector's share and a total row. */
export function baselineTable(baseline: Baseline): PlanTable {
  const total = baselineTotalTCO2e(baseline)
  const pct = (value: number) => numberCell(total > 0 ? (100 * value) / total : null, 'pct')
  const rows: Cell[][] = EMISSION_SECTORS.map((sector) => {
    const s = baseline.emissionsBySector[sector]
    const sum = sectorTotalTCO2e(baseline, sector)
    return [
      enumCell('emissionSector', sector),
      numberCell(s.scope1TCO2ePerYear, 'tCO2e'),
      numberCell(s.scope2TCO2ePerYear, 'tCO2e'),
      numberCell(s.scope3TCO2ePerYear, 'tCO2e'),
      numberCell(sum, 'tCO2e'),
      pct(sum),
    ]
  })
  const scope = (k: 'scope1TCO2ePerYear' | 'scope2TCO2ePerYear' | 'scope3TCO2ePerYear') =>
    numberCell(
      EMISSION_SECTORS.reduce((sum, sector) => sum + baseline.emissionsBySector[sector][k], 0),
      'tCO2e',
    )
  rows.push([
    labelCell('total'),
    scope('scope1TCO2ePerYear'),
    scope('scope2TCO2ePerYear'),
    scope('scope3TCO2ePerYear'),
    numberCell(total, 'tCO2e'),
    pct(total),
  ])
  return { columns: ['sector', 'scope1', 'scope2', 'scope3', 'total', 'pctOfTotal'], rows }
}

/** B-2.1: the portfolio in the plan's order. */
export function portfolioTable(measures: readonly PlanMeasure[]): PlanTable {
  return {
    columns: [
      'number',
      'measure',
      'fieldOfAction',
      'systemicLevers',
      'responsible',
      'reduction',
      'totalCost',
      'costPerTCO2e',
      'startYear',
      'endYear',
      'status',
      'votes',
    ],
    rows: measures.map((m, i) => [
      textCell(String(i + 1)),
      textCell(m.measure.title),
      enumCell('fieldOfAction', m.measure.fieldOfAction),
      enumCell('systemicLever', m.measure.systemicLevers),
      list(m.primaryActors),
      numberCell(m.reductionTCO2ePerYear, 'tCO2e'),
      numberCell(m.totalCostEur, 'eur'),
      numberCell(m.costPerTCO2eEur, 'eurPerTCO2e'),
      numberCell(m.measure.timeline.startYear, 'year'),
      numberCell(m.measure.timeline.endYear, 'year'),
      enumCell('measureStatus', m.measure.status),
      numberCell(m.votes, 'count'),
    ]),
  }
}

function securedEur(m: PlanMeasure): number {
  return m.measure.cost.funding
    .filter((f) => f.status === 'secured')
    .reduce((sum, f) => sum + f.amountEur, 0)
}

const fundingSources = (m: PlanMeasure) =>
  m.measure.cost.funding.map((f) => `${f.source}: ${f.amountEur}`).join('; ')
const distinct = <T>(values: T[]) => [...new Set(values)]

/** C-3.1: financing per measure. */
export function financingTable(measures: readonly PlanMeasure[]): PlanTable {
  return {
    columns: [
      'measure',
      'responsible',
      'startYear',
      'endYear',
      'fieldOfAction',
      'reduction',
      'totalCost',
      'fundingSecured',
      'fundingStatus',
      'fundingType',
      'fundingSources',
    ],
    rows: measures.map((m) => [
      textCell(m.measure.title),
      list(m.primaryActors),
      numberCell(m.measure.timeline.startYear, 'year'),
      numberCell(m.measure.timeline.endYear, 'year'),
      enumCell('fieldOfAction', m.measure.fieldOfAction),
      numberCell(m.reductionTCO2ePerYear, 'tCO2e'),
      numberCell(m.totalCostEur, 'eur'),
      numberCell(securedEur(m), 'eur'),
      enumCell('fundingStatus', distinct(m.measure.cost.funding.map((f) => f.status))),
      enumCell('fundingType', distinct(m.measure.cost.funding.map((f) => f.type))),
      textCell(fundingSources(m)),
    ]),
  }
}

/** The Commitments' signatories table: actors with a standing signature, first signature's date. */
export function signatoriesTable(actors: readonly Actor[], commitments: Commitment[]): PlanTable {
  const rows: Cell[][] = []
  for (const actor of actors) {
    const signed = commitments.filter((c) => c.actorId === actor.id && !c.withdrawn)
    if (signed.length === 0) continue
    rows.push([
      textCell(actor.name),
      textCell(actor.orgNumber),
      enumCell('actorKind', actor.kind),
      textCell(actor.sector),
      textCell(actor.legalForm),
      textCell(actor.responsiblePerson),
      textCell(actor.position),
      dateCell(signed[0]!.signedAt),
    ])
  }
  return {
    columns: [
      'institution',
      'orgNumber',
      'actorKind',
      'sector',
      'legalForm',
      'person',
      'position',
      'date',
    ],
    rows,
  }
}

/** The Annex: every proposal, retained or not, with its votes. */
export function annexTable(measures: readonly PlanMeasure[]): PlanTable {
  return {
    columns: ['measure', 'status', 'fieldOfAction', 'proposer', 'reduction', 'votes'],
    rows: measures.map((m) => [
      textCell(m.measure.title),
      enumCell('measureStatus', m.measure.status),
      enumCell('fieldOfAction', m.measure.fieldOfAction),
      textCell(m.proposerActorName ? `${m.proposerName} (${m.proposerActorName})` : m.proposerName),
      numberCell(m.reductionTCO2ePerYear, 'tCO2e'),
      numberCell(m.votes, 'count'),
    ]),
  }
}
