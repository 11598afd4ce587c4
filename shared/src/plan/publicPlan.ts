import { referenceYear } from '../domain/baseline.ts'
import type { PublicPlanPart } from '../domain/publication.ts'
import { workshopLanguages } from '../domain/workshop.ts'
import { planSections } from '../editor/planSections.ts'
import type { Pathway } from '../pathway/pathway.ts'
import type {
  PublicCommitment,
  PublicInvestment,
  PublicMeasure,
  PublicPathway,
  PublicPlan,
  PublicPlanSection,
  PublicPlanText,
} from '../protocol/publicationApi.ts'
import type { InvestmentTotals, InvestmentYear } from './investment.ts'
import type { PlanModel } from './planModel.ts'
import { publicText } from './publicText.ts'

/**
 * [G7] The public page from the plan model: an allow-list, field by field, of what an anonymous
 * reader may see, and only the parts the planners chose. Nothing is copied whole: a field added
 * upstream to a measure, a commitment or an organisation does not reach the page until it is
 * named here. The caller builds the model from copies pseudonymised as an anonymised export
 * ([G4]), so even a slip here would find no one's name to leak.
 */

export interface PublicPlanSettings {
  parts: readonly PublicPlanPart[]
  publishedAt: string
}

export function buildPublicPlan(model: PlanModel, settings: PublicPlanSettings): PublicPlan {
  const shows = (part: PublicPlanPart) => settings.parts.includes(part)
  const { workshop } = model
  return {
    title: workshop.title,
    city: workshop.city,
    languages: workshopLanguages(workshop),
    publishedAt: settings.publishedAt,
    parts: [...settings.parts],
    text: shows('text') ? planText(model) : null,
    pathway: shows('pathway') ? planPathway(model) : null,
    measures: shows('measures') ? model.portfolio.map(planMeasure) : null,
    investment: shows('investment') ? planInvestment(model) : null,
    commitments: shows('commitments') ? planCommitments(model) : null,
  }
}

/** The sections with text, each under the seeded heading of its number, and their parts. */
function planText(model: PlanModel): PublicPlanText {
  const titles = new Map<string, string>(
    planSections(model.workshop.language).map((s) => [s.id, s.title]),
  )
  const sections: PublicPlanSection[] = []
  let part: PublicPlanSection | null = null
  for (const section of model.sections) {
    const text = publicText(section.text)
    const own: PublicPlanSection = {
      number: section.number,
      title: titles.get(section.number === '' ? section.key : section.number) ?? section.number,
      level: section.level === 1 ? 1 : 2,
      text,
    }
    if (own.level === 1) part = own
    if (text.length === 0) continue
    // a part's heading comes once, before the first of its sections that has text
    if (part && part !== own && !sections.includes(part)) sections.push(part)
    sections.push(own)
  }
  return { narrative: publicText(model.narrative), sections }
}

function planPathway(model: PlanModel): PublicPathway | null {
  const { figures, pathway } = model
  if (!figures || !pathway) return null
  return {
    pathway: pathwayCopy(pathway),
    baselineYear: figures.baseline.baselineYear,
    referenceYear: referenceYear(figures),
    targetYear: figures.target.targetYear,
    reductionPct: figures.target.reductionPct,
  }
}

const byGroup = (g: Pathway['years'][number]['reductionTCO2e']) => ({
  in_plan: g.in_plan,
  committed: g.committed,
  proposed: g.proposed,
})

/** Numbers only; the measures that count in no year stay unnamed (the page lists none by id). */
function pathwayCopy(pathway: Pathway): Pathway {
  return {
    years: pathway.years.map((y) => ({
      year: y.year,
      bauTCO2e: y.bauTCO2e,
      reductionTCO2e: byGroup(y.reductionTCO2e),
      remainingTCO2e: y.remainingTCO2e,
      targetLineTCO2e: y.targetLineTCO2e,
      gapTCO2e: y.gapTCO2e,
      bySector: Object.fromEntries(
        Object.entries(y.bySector).map(([sector, s]) => [
          sector,
          {
            bauTCO2e: s.bauTCO2e,
            reductionTCO2e: byGroup(s.reductionTCO2e),
            remainingTCO2e: s.remainingTCO2e,
          },
        ]),
      ) as Pathway['years'][number]['bySector'],
    })),
    milestones: pathway.milestones.map((m) => ({
      year: m.year,
      reductionPct: m.reductionPct,
      allowedTCO2e: m.allowedTCO2e,
      final: m.final,
      bauTCO2e: m.bauTCO2e,
      plannedReductionTCO2e: m.plannedReductionTCO2e,
      remainingTCO2e: m.remainingTCO2e,
      gapTCO2e: m.gapTCO2e,
    })),
    baselineTCO2e: pathway.baselineTCO2e,
    targetTCO2e: pathway.targetTCO2e,
    gapTCO2e: pathway.gapTCO2e,
    gapPctOfBau: pathway.gapPctOfBau,
    clamped: pathway.clamped.map((c) => ({
      year: c.year,
      sector: c.sector,
      excessTCO2e: c.excessTCO2e,
    })),
    undatedMeasureIds: [],
  }
}

function planMeasure(m: PlanModel['portfolio'][number]): PublicMeasure {
  const { measure } = m
  return {
    title: measure.title,
    description: measure.description,
    actionType: measure.actionType,
    fieldOfAction: measure.fieldOfAction,
    systemicLevers: [...measure.systemicLevers],
    emissionSectors: [...measure.emissionSectors],
    status: measure.status,
    reductionTCO2ePerYear: m.reductionTCO2ePerYear,
    totalCostEur: m.totalCostEur,
    costPerTCO2eEur: m.costPerTCO2eEur,
    startYear: measure.timeline.startYear,
    endYear: measure.timeline.endYear,
    responsible: [...m.primaryActors],
    collaborators: [...m.collaborators],
    coBenefits: [...measure.coBenefits],
  }
}

function totals(t: InvestmentTotals): InvestmentTotals {
  return {
    capexEur: t.capexEur,
    opexEur: t.opexEur,
    neededEur: t.neededEur,
    fundingByStatus: {
      secured: t.fundingByStatus.secured,
      applied: t.fundingByStatus.applied,
      planned: t.fundingByStatus.planned,
    },
    fundingEur: t.fundingEur,
    gapSecuredEur: t.gapSecuredEur,
    gapAllEur: t.gapAllEur,
  }
}

function planInvestment(model: PlanModel): PublicInvestment {
  const years: InvestmentYear[] = model.investment.years.map((y) => ({
    year: y.year,
    ...totals(y),
  }))
  return { years, total: totals(model.investment.total) }
}

function planCommitments(model: PlanModel): PublicCommitment[] {
  return model.commitmentsByActor.flatMap(({ actor, commitments }) =>
    commitments.map(({ commitment, measureTitle }) => {
      const equivalent = commitment.target.tCO2eEquivalent
      return {
        organisation: actor.name,
        kind: actor.kind,
        sector: actor.sector,
        text: commitment.text,
        measure: measureTitle,
        target: {
          value: commitment.target.value,
          unit: commitment.target.unit,
          year: commitment.target.year,
        },
        tCO2eEquivalent: equivalent
          ? { tCO2ePerYear: equivalent.tCO2ePerYear, method: equivalent.method }
          : null,
        signedAt: commitment.signedAt,
      }
    }),
  )
}
