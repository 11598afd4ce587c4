import type * as Y from 'yjs'
import { listActors, listMeasures } from '../docs/board.ts'
import { listCommitments, listParticipants } from '../docs/ledger.ts'
import { getPlanFigures, getPortfolio } from '../docs/plan.ts'
import { moderatedCards, readModeration } from '../docs/visibility.ts'
import type { Actor } from '../domain/actor.ts'
import type { PlanFigures } from '../domain/baseline.ts'
import type { Commitment, Vote } from '../domain/commitment.ts'
import { FIELDS_OF_ACTION, SYSTEMIC_LEVERS, type SystemicLever } from '../domain/enums.ts'
import { totalsOfVotes } from '../domain/voting.ts'
import type { Workshop } from '../domain/workshop.ts'
import { readPlanDocument } from '../editor/planDocument.ts'
import { computePathway, type Pathway } from '../pathway/pathway.ts'
import type { ProseMirrorJSON } from '../protocol/planApi.ts'
import { type Cell, enumCell, numberCell, type PlanTable, textCell } from './cells.ts'
import { gapTable, milestoneTable } from './gapTable.ts'
import { computeInvestmentPlan, type InvestmentPlan } from './investment.ts'
import {
  fundingBySourceTable,
  fundingByTypeTable,
  fundingLinesTable,
  investmentYearsTable,
  measureCostsTable,
} from './investmentTables.ts'
import { measureRecordsTable, outlineRows } from './measureRecords.ts'
import { type PlanMeasure, toPlanMeasure } from './planMeasure.ts'
import { PLAN_SECTIONS, type PlanSectionKey, splitDocument } from './sections.ts'
import {
  annexTable,
  baselineTable,
  financingTable,
  portfolioTable,
  signatoriesTable,
} from './tables.ts'

/**
 * The whole plan, export-neutral (DESIGN §6): every renderer (DOCX, PDF, XLSX, CSV, Markdown)
 * walks this model and only decides how things look. Built from the workshop and its docs
 * through the docs' helpers, never by reaching into a doc.
 */

export interface PlanModelSection {
  key: PlanSectionKey
  /** The CCC's number ("A-2.3"); empty for Commitments and Annex. */
  number: string
  level: 1 | 2 | 3
  /** What the planners wrote under this section's heading in the plan document. */
  text: ProseMirrorJSON[]
}

export interface ActorCommitments {
  actor: Actor
  commitments: { commitment: Commitment; measureTitle: string | null }[]
}

export interface PlanModel {
  workshop: Workshop
  generatedAt: string
  sections: PlanModelSection[]
  /** Plan text that belongs to no numbered heading: all of it when there are none. */
  narrative: ProseMirrorJSON[]
  figures: PlanFigures | null
  pathway: Pathway | null
  /** Every visible measure, oldest first, then the portfolio in the plan's order. */
  measures: PlanMeasure[]
  portfolio: PlanMeasure[]
  outlines: { measure: PlanMeasure; rows: [string, Cell][] }[]
  commitmentsByActor: ActorCommitments[]
  /** The investment plan over the portfolio (part C). */
  investment: InvestmentPlan
  tables: {
    baseline: PlanTable | null
    gap: PlanTable | null
    milestones: PlanTable | null
    investmentYears: PlanTable
    measureCosts: PlanTable
    fundingLines: PlanTable
    fundingBySource: PlanTable
    fundingByType: PlanTable
    matrix: PlanTable
    portfolio: PlanTable
    governance: PlanTable
    socialInnovation: PlanTable
    financing: PlanTable
    signatories: PlanTable
    annex: PlanTable
    records: PlanTable
  }
}

export interface PlanModelInput {
  workshop: Workshop
  board: Y.Doc
  plan: Y.Doc
  ledger: Y.Doc
  /** Every dot as the server's store keeps it (no doc holds them); the model shows only totals. */
  votes: readonly Vote[]
  now: Date
}

export function buildPlanModel(input: PlanModelInput): PlanModel {
  const { workshop, board, plan, ledger } = input
  const actors = listActors(board)
  const commitments = listCommitments(ledger)
  const portfolioIds = getPortfolio(plan)
  const context = {
    actors: new Map(actors.map((a) => [a.id, a])),
    participants: new Map(listParticipants(ledger).map((p) => [p.id, p])),
    votes: totalsOfVotes(input.votes),
    portfolio: new Set(portfolioIds),
    commitments,
  }
  // A hidden card, or one still waiting for approval, is not on the board: the exports leave it
  // out too. Merged cards stay, marked, in the annex of all proposals.
  const all = moderatedCards(listMeasures(board), readModeration(ledger))
    .filter((card) => !card.pending && card.measure.hidden === null)
    .map((card) => card.measure)
  const measures = all.map((m) => toPlanMeasure(m, context))
  const byId = new Map(measures.map((m) => [m.measure.id, m]))
  const portfolio = portfolioIds.flatMap((id) => byId.get(id) ?? [])
  const figures = getPlanFigures(plan)
  const pathway = figures ? computePathway(figures, all) : null
  const split = splitDocument(readPlanDocument(plan))
  const invested = portfolio.map((m) => m.measure)
  const investment = computeInvestmentPlan(invested)

  return {
    workshop,
    generatedAt: input.now.toISOString(),
    sections: PLAN_SECTIONS.map((s) => ({ ...s, text: split.bySection[s.key] ?? [] })),
    narrative: split.narrative,
    figures,
    pathway,
    measures,
    portfolio,
    outlines: portfolio.map((m) => ({ measure: m, rows: outlineRows(m, workshop.title) })),
    commitmentsByActor: groupCommitments(actors, commitments, byId),
    investment,
    tables: {
      baseline: figures ? baselineTable(figures.baseline) : null,
      gap: figures && pathway ? gapTable(figures, pathway) : null,
      milestones: pathway && pathway.milestones.length > 1 ? milestoneTable(pathway) : null,
      investmentYears: investmentYearsTable(investment),
      measureCosts: measureCostsTable(investment),
      fundingLines: fundingLinesTable(invested),
      fundingBySource: fundingBySourceTable(investment),
      fundingByType: fundingByTypeTable(investment),
      matrix: matrixTable(portfolio),
      portfolio: portfolioTable(portfolio),
      governance: leverTable(portfolio, 'governance_policy'),
      socialInnovation: leverTable(portfolio, 'social_innovation'),
      financing: financingTable(portfolio),
      signatories: signatoriesTable(actors, commitments),
      annex: annexTable(measures),
      records: measureRecordsTable(measures),
    },
  }
}

function groupCommitments(
  actors: Actor[],
  commitments: Commitment[],
  measures: Map<string, PlanMeasure>,
): ActorCommitments[] {
  return actors.flatMap((actor) => {
    const own = commitments.filter((c) => c.actorId === actor.id && !c.withdrawn)
    if (own.length === 0) return []
    return [
      {
        actor,
        commitments: own.map((commitment) => ({
          commitment,
          measureTitle: commitment.measureId
            ? (measures.get(commitment.measureId)?.measure.title ?? null)
            : null,
        })),
      },
    ]
  })
}

/** B-1: the fields of action × systemic levers cells that hold a measure of the plan. */
function matrixTable(portfolio: PlanMeasure[]): PlanTable {
  const rows: Cell[][] = []
  for (const field of FIELDS_OF_ACTION) {
    for (const lever of SYSTEMIC_LEVERS) {
      const cell = portfolio.filter(
        (m) => m.measure.fieldOfAction === field && m.measure.systemicLevers.includes(lever),
      )
      if (cell.length === 0) continue
      rows.push([
        enumCell('fieldOfAction', field),
        enumCell('systemicLever', lever),
        textCell(cell.map((m) => m.measure.title).join('; ')),
        numberCell(
          cell.reduce((sum, m) => sum + m.reductionTCO2ePerYear, 0),
          'tCO2e',
        ),
        enumCell('coBenefit', [...new Set(cell.flatMap((m) => m.measure.coBenefits))]),
      ])
    }
  }
  return {
    columns: ['fieldOfAction', 'systemicLever', 'measures', 'reduction', 'coBenefits'],
    rows,
  }
}

/** C-1 and C-2: the plan's measures that pull one lever. */
function leverTable(portfolio: PlanMeasure[], lever: SystemicLever): PlanTable {
  return {
    columns: ['measure', 'fieldOfAction', 'responsible', 'startYear', 'endYear', 'reduction'],
    rows: portfolio
      .filter((m) => m.measure.systemicLevers.includes(lever))
      .map((m) => [
        textCell(m.measure.title),
        enumCell('fieldOfAction', m.measure.fieldOfAction),
        textCell(m.primaryActors.join(', ')),
        numberCell(m.measure.timeline.startYear, 'year'),
        numberCell(m.measure.timeline.endYear, 'year'),
        numberCell(m.reductionTCO2ePerYear, 'tCO2e'),
      ]),
  }
}
