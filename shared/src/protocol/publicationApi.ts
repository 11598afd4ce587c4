import type {
  ActionType,
  ActorKind,
  CoBenefit,
  EmissionSector,
  FieldOfAction,
  MeasureStatus,
  SystemicLever,
} from '../domain/enums.ts'
import type { PublicPlanPart } from '../domain/publication.ts'
import type { Language } from '../i18n/languages.ts'
import type { Pathway } from '../pathway/pathway.ts'
import type { InvestmentTotals, InvestmentYear } from '../plan/investment.ts'
import type { ProseMirrorJSON } from './planApi.ts'

/**
 * The public page of a plan and its settings on the wire ([P28], [G7]). `PublicPlan` is the whole
 * of what an anonymous reader receives; every field is named here, and
 * shared/src/plan/publicPlan.ts fills each from the plan model by hand, so nothing reaches the
 * page because a type upstream grew a field.
 */

/** `PUT /api/workshops/:id/publication`: publish (or change the parts), or unpublish. */
export interface PublicationRequest {
  published: boolean
  /** At least one when published (plan/publicationRequest.ts). */
  parts: PublicPlanPart[]
}

/** `GET`/`PUT /api/workshops/:id/publication`: the planners' settings. */
export interface PublicationResponse {
  published: boolean
  parts: PublicPlanPart[]
  /** `/p/<slug>` while published; null otherwise. */
  path: string | null
  /** When the current link was made; null while unpublished. */
  publishedAt: string | null
}

/** `GET /api/public/plans/:slug`: the page, with the parts the planners chose and no others. */
export interface PublicPlan {
  title: string
  city: string
  /** The language the plan is written in, then the workshop's second language, if any. */
  languages: Language[]
  publishedAt: string
  parts: PublicPlanPart[]
  text: PublicPlanText | null
  pathway: PublicPathway | null
  measures: PublicMeasure[] | null
  investment: PublicInvestment | null
  commitments: PublicCommitment[] | null
}

export interface PublicPlanSection {
  /** The CCC's number ("A-2"); empty for Commitments and Annex. */
  number: string
  /** The section's heading in the plan's language. */
  title: string
  level: 1 | 2
  text: ProseMirrorJSON[]
}

export interface PublicPlanText {
  /** What the planners wrote before the first numbered heading. */
  narrative: ProseMirrorJSON[]
  /** The sections with text under them, and the parts those belong to. */
  sections: PublicPlanSection[]
}

export interface PublicPathway {
  /** The pathway by year, its milestones and the gap (no measure is named in it). */
  pathway: Pathway
  baselineYear: number
  /** The year the reductions count against: the baseline's unless the city states another. */
  referenceYear: number
  targetYear: number
  reductionPct: number
}

/** A measure in the plan with its figures; who proposed it is not part of it. */
export interface PublicMeasure {
  title: string
  description: string
  actionType: ActionType
  fieldOfAction: FieldOfAction
  systemicLevers: SystemicLever[]
  emissionSectors: EmissionSector[]
  status: MeasureStatus
  reductionTCO2ePerYear: number
  totalCostEur: number
  costPerTCO2eEur: number | null
  startYear: number | null
  endYear: number | null
  /** Organisations, by name. */
  responsible: string[]
  collaborators: string[]
  coBenefits: CoBenefit[]
}

/** The investment plan's totals by year and overall. */
export interface PublicInvestment {
  years: InvestmentYear[]
  total: InvestmentTotals
}

/** An organisation's standing commitment, without who signed it or its signatory. */
export interface PublicCommitment {
  organisation: string
  kind: ActorKind
  sector: string
  text: string
  /** The measure it contributes to, by title; null for none (or one not on the board). */
  measure: string | null
  target: { value: number; unit: string; year: number }
  /** What the target is worth in tCO2e a year, and how that was worked out; null if unstated. */
  tCO2eEquivalent: { tCO2ePerYear: number; method: string } | null
  signedAt: string
}
