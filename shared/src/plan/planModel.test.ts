import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addActor, setMeasureStatus } from '../docs/board.ts'
import { recordCommitment, registerParticipant, setVote } from '../docs/ledger.ts'
import { addToPortfolio, setPlanFigures } from '../docs/plan.ts'
import { emptyBaseline } from '../domain/baseline.ts'
import type { Workshop } from '../domain/workshop.ts'
import { replacePlanDocument } from '../editor/planDocument.ts'
import { planSkeleton } from '../editor/planSections.ts'
import { makeBoardDoc, makeParticipant } from '../test/fixtures.ts'
import type { Cell } from './cells.ts'
import { buildPlanModel } from './planModel.ts'

const workshop: Workshop = {
  id: 'w1',
  title: 'Climate evening',
  city: 'Umeå',
  language: 'en',
  template: 'planner_sprint',
  createdAt: '2026-03-03T17:00:00.000Z',
  phase: null,
  joinLocked: false,
  settings: {
    anonymousAllowed: true,
    voteBudgetPerParticipant: 5,
    maxVotesPerMeasure: 3,
    moderation: false,
  },
}

/**
 * Hand-checked: baseline 2019 = 8000 (stationary, 6000 + 2000) + 2000 (transport) = 10 000 t;
 * −80 % by 2030 leaves 2000 t. Solar roofs: 1200 t/yr from 2026, ramp-up 2 years, timeline
 * 2026–2030: 1200 × (1/3 + 2/3 + 1 + 1 + 1) = 4800 t for 4.8 M€ + 5 × 60 k€ = 5.1 M€ → 1062.5 €/t.
 * Bus lanes: 500 t/yr from 2025 at once, 2025–2029: 2500 t for 1 M€ − 5 × 20 k€ = 0.9 M€ → 360 €/t.
 */
function makeDocs() {
  const { doc: board, measures } = makeBoardDoc([
    {},
    {
      title: 'Bus lanes on the ring road',
      fieldOfAction: 'mobility_transport',
      systemicLevers: ['governance_policy', 'technology_infrastructure'],
      emissionSectors: ['transport'],
      reduction: {
        tCO2ePerYearBySector: { transport: 500 },
        firstYear: 2025,
        rampUpYears: 0,
        confidence: 'high',
        method: 'Modal shift survey',
      },
      cost: { capexEur: 1_000_000, opexEurPerYear: -20_000, funding: [] },
      timeline: { startYear: 2025, endYear: 2029 },
    },
    {
      title: 'Car-free Sundays',
      fieldOfAction: 'mobility_transport',
      reduction: {
        tCO2ePerYearBySector: {},
        firstYear: null,
        rampUpYears: 0,
        confidence: 'low',
        method: '',
      },
    },
  ])
  const [solar, bus, sundays] = measures as [
    (typeof measures)[0],
    (typeof measures)[0],
    (typeof measures)[0],
  ]
  const plan = new Y.Doc()
  const ledger = new Y.Doc()
  const baseline = emptyBaseline(2019)
  baseline.emissionsBySector.stationary_energy = {
    scope1TCO2ePerYear: 6000,
    scope2TCO2ePerYear: 2000,
    scope3TCO2ePerYear: 0,
  }
  baseline.emissionsBySector.transport = {
    scope1TCO2ePerYear: 2000,
    scope2TCO2ePerYear: 0,
    scope3TCO2ePerYear: 0,
  }
  setPlanFigures(plan, { baseline, target: { targetYear: 2030, reductionPct: 80 } })
  for (const m of [bus, solar]) {
    setMeasureStatus(board, m.id, 'in_plan')
    addToPortfolio(plan, m.id)
  }
  registerParticipant(ledger, makeParticipant())
  setVote(ledger, { participantId: 'p-anna', measureId: solar.id, count: 2 })
  setVote(ledger, { participantId: 'p-bo', measureId: solar.id, count: 1 })
  setVote(ledger, { participantId: 'p-bo', measureId: sundays.id, count: 3 })
  const energy = addActor(board, { name: 'Umeå Energi', kind: 'utility', sector: 'Energy' })
  recordCommitment(ledger, {
    id: 'c1',
    actorId: energy.id,
    measureId: solar.id,
    text: 'We install the panels',
    target: { value: 40, unit: 'roofs', year: 2028 },
    signedBy: 'p-anna',
    signedAt: '2026-03-03T19:00:00.000Z',
    withdrawn: null,
  })
  return { board, plan, ledger, solar, bus, sundays }
}

// rounded: 10 000 × (1 − 0.8) is 1999.9999999999995 in floating point
const numberOf = (cell: Cell | undefined) =>
  cell?.type === 'number' && cell.value !== null ? Math.round(cell.value * 1e6) / 1e6 : undefined

describe('buildPlanModel', () => {
  it('derives totals and cost per tCO2e over the timeline', () => {
    const { board, plan, ledger } = makeDocs()
    const model = buildPlanModel({ workshop, board, plan, ledger, now: new Date() })
    const [bus, solar] = model.portfolio
    expect(bus?.measure.title).toBe('Bus lanes on the ring road')
    expect(bus?.totalCostEur).toBe(900_000)
    expect(bus?.cumulativeReductionTCO2e).toBe(2500)
    expect(bus?.costPerTCO2eEur).toBe(360)
    expect(solar?.totalCostEur).toBe(5_100_000)
    expect(solar?.cumulativeReductionTCO2e).toBeCloseTo(4800, 9)
    expect(solar?.costPerTCO2eEur).toBeCloseTo(1062.5, 9)
    expect(solar?.votes).toBe(3)
    expect(solar?.commitments.map((c) => c.text)).toEqual(['We install the panels'])
    const sundays = model.measures.find((m) => m.measure.title === 'Car-free Sundays')
    expect(sundays?.costPerTCO2eEur).toBeNull()
    expect(sundays?.votes).toBe(3)
  })

  it('builds A-1 with shares and A-2.3 with the gap before and after the plan', () => {
    const { board, plan, ledger } = makeDocs()
    const { tables } = buildPlanModel({ workshop, board, plan, ledger, now: new Date() })
    const stationary = tables.baseline?.rows[0]
    expect(stationary?.map(numberOf).slice(1)).toEqual([6000, 2000, 0, 8000, 80])
    expect(tables.baseline?.rows.at(-1)?.map(numberOf).slice(1)).toEqual([
      8000, 2000, 0, 10_000, 100,
    ])
    const gap = Object.fromEntries(
      (tables.gap?.rows ?? []).map(([label, value]) => [
        label?.type === 'label' ? label.key : '',
        numberOf(value),
      ]),
    )
    expect(gap).toMatchObject({
      bauTargetYear: 10_000,
      residualEmissions: 2000,
      emissionsGap: 8000,
      emissionsGapPct: 80,
      plannedReduction: 1700,
      gapAfterPlan: 6300,
      gapAfterPlanPct: 63,
    })
  })

  it('fills B-1, C-1, C-3.1, the signatories and the annex', () => {
    const { board, plan, ledger } = makeDocs()
    const model = buildPlanModel({ workshop, board, plan, ledger, now: new Date() })
    expect(model.tables.portfolio.rows.map((r) => r[1])).toEqual([
      { type: 'text', text: 'Bus lanes on the ring road' },
      { type: 'text', text: 'Solar roofs on every school' },
    ])
    expect(model.tables.matrix.rows).toHaveLength(3)
    expect(model.tables.governance.rows).toHaveLength(1)
    expect(model.tables.socialInnovation.rows).toHaveLength(0)
    expect(model.tables.financing.rows).toHaveLength(2)
    expect(model.tables.signatories.rows[0]?.[0]).toEqual({ type: 'text', text: 'Umeå Energi' })
    expect(model.tables.annex.rows).toHaveLength(3)
    expect(model.commitmentsByActor[0]?.commitments[0]?.measureTitle).toBe(
      'Solar roofs on every school',
    )
    expect(model.outlines.map((o) => o.rows.find(([k]) => k === 'votes')?.[1])).toEqual([
      { type: 'number', value: 0, unit: 'count' },
      { type: 'number', value: 3, unit: 'count' },
    ])
    expect(model.tables.records.rows).toHaveLength(3)
    expect(model.tables.records.rows[0]).toHaveLength(model.tables.records.columns.length)
  })

  it('places text written under a numbered heading in its section and skips seeded prompts', () => {
    const { board, plan, ledger } = makeDocs()
    const skeleton = planSkeleton('sv')
    const content = [...(skeleton.content ?? [])]
    const at = content.findIndex((n) => n.content?.[0]?.text?.startsWith('A-2 '))
    content.splice(at + 1, 0, {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Klimatprogram 2021' }],
    })
    replacePlanDocument(plan, { type: 'doc', content })
    const model = buildPlanModel({ workshop, board, plan, ledger, now: new Date() })
    const text = (key: string) => model.sections.find((s) => s.key === key)?.text
    expect(text('policies')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Klimatprogram 2021' }] },
    ])
    expect(text('barriers')).toEqual([])
    expect(model.narrative).toEqual([])
  })

  it('keeps a document without numbered headings whole, as the narrative', () => {
    const { board, plan, ledger } = makeDocs()
    replacePlanDocument(plan, {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Our plan' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'We go first.' }] },
      ],
    })
    const model = buildPlanModel({ workshop, board, plan, ledger, now: new Date() })
    expect(model.narrative.map((n) => n.type)).toEqual(['heading', 'paragraph'])
    expect(model.sections.every((s) => s.text.length === 0)).toBe(true)
  })
})
