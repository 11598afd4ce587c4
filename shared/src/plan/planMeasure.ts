import type { Actor } from '../domain/actor.ts'
import type { Commitment } from '../domain/commitment.ts'
import { type Measure, totalCostEur, totalReductionTCO2ePerYear } from '../domain/measure.ts'
import type { Participant } from '../domain/participant.ts'
import { costPerTCO2eEur, cumulativeReductionTCO2e } from '../pathway/costPerTonne.ts'

/** A measure with what the exports derive from it: votes, names, totals, cost per tCO2e. */
export interface PlanMeasure {
  measure: Measure
  votes: number
  inPortfolio: boolean
  reductionTCO2ePerYear: number
  /** tCO2e avoided over the measure's timeline (see `cumulativeReductionTCO2e`). */
  cumulativeReductionTCO2e: number
  totalCostEur: number
  /** Total cost ÷ cumulative reduction; null when nothing is reduced. */
  costPerTCO2eEur: number | null
  primaryActors: string[]
  collaborators: string[]
  proposerName: string
  proposerActorName: string | null
  commitments: Commitment[]
}

export interface PlanMeasureContext {
  actors: Map<string, Actor>
  participants: Map<string, Participant>
  votes: Map<string, number>
  portfolio: Set<string>
  commitments: Commitment[]
}

export function toPlanMeasure(measure: Measure, context: PlanMeasureContext): PlanMeasure {
  const actorName = (id: string) => context.actors.get(id)?.name ?? id
  const cumulative = cumulativeReductionTCO2e(measure)
  const proposerActorId = measure.proposer.actorId
  return {
    measure,
    votes: context.votes.get(measure.id) ?? 0,
    inPortfolio: context.portfolio.has(measure.id),
    reductionTCO2ePerYear: totalReductionTCO2ePerYear(measure),
    cumulativeReductionTCO2e: cumulative,
    totalCostEur: totalCostEur(measure),
    costPerTCO2eEur: costPerTCO2eEur(measure),
    primaryActors: measure.responsibleActors
      .filter((r) => r.role === 'primary')
      .map((r) => actorName(r.actorId)),
    collaborators: measure.responsibleActors
      .filter((r) => r.role === 'collaborator')
      .map((r) => actorName(r.actorId)),
    proposerName:
      context.participants.get(measure.proposer.participantId)?.displayName ??
      measure.proposer.participantId,
    proposerActorName: proposerActorId ? actorName(proposerActorId) : null,
    commitments: context.commitments.filter((c) => c.measureId === measure.id && !c.withdrawn),
  }
}
