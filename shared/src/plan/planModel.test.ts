import { describe, expect, it } from 'vitest'
import { replacePlanDocument } from '../editor/planDocument.ts'
import { planSkeleton } from '../editor/planSections.ts'
import { makePlanDocs } from '../test/fixtures.ts'
import type { Cell } from './cells.ts'
import { buildPlanModel } from './planModel.ts'

// rounded: 10 000 × (1 − 0.8) is 1999.9999999999995 in floating point
const numberOf = (cell: Cell | undefined) =>
  cell?.type === 'number' && cell.value !== null ? Math.round(cell.value * 1e6) / 1e6 : undefined

describe('buildPlanModel', () => {
  it('derives totals and cost per tCO2e over the timeline', () => {
    const { workshop, board, plan, ledger, votes } = makePlanDocs()
    const model = buildPlanModel({ workshop, board, plan, ledger, votes, now: new Date() })
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

  it('builds the investment plan over the portfolio only, each table ending in its total', () => {
    const { workshop, board, plan, ledger, votes } = makePlanDocs({
      measures: [
        {
          cost: {
            capexEur: 4_800_000,
            opexEurPerYear: 60_000,
            funding: [{ source: 'EIB', type: 'loan', status: 'secured', amountEur: 1_000_000 }],
          },
        },
        undefined,
        { cost: { capexEur: 99_999, opexEurPerYear: 0, funding: [] } },
      ],
    })
    const model = buildPlanModel({ workshop, board, plan, ledger, votes, now: new Date() })
    // bus lanes 1 M€ − 5 × 20 k€, solar roofs 4.8 M€ + 5 × 60 k€; the Sundays are not in the plan
    expect(model.investment.total.neededEur).toBe(6_000_000)
    expect(model.investment.total.gapSecuredEur).toBe(5_000_000)
    const { investmentYears, fundingLines, fundingByType } = model.tables
    expect(investmentYears.totalRow).toBe(true)
    expect(investmentYears.rows.map((r) => numberOf(r[0]))).toEqual([
      2025,
      2026,
      2027,
      2028,
      2029,
      2030,
      undefined,
    ])
    expect(investmentYears.rows.at(-1)?.map(numberOf).slice(1)).toEqual([
      5_800_000, 200_000, 6_000_000, 1_000_000, 0, 0, 1_000_000, 5_000_000, 5_000_000,
    ])
    expect(fundingLines.rows).toHaveLength(2)
    expect(fundingByType.rows.map((r) => r[0])).toEqual([
      { type: 'enum', vocabulary: 'fundingType', values: ['loan'] },
      { type: 'label', key: 'total' },
    ])
  })

  it('has a row per milestone in A-2.3 when the target has milestones, none otherwise', () => {
    const without = makePlanDocs()
    expect(buildPlanModel({ ...without, now: new Date() }).tables.milestones).toBeNull()
    const docs = makePlanDocs({ target: { milestones: [{ year: 2025, reductionPct: 40 }] } })
    const { tables } = buildPlanModel({ ...docs, now: new Date() })
    expect(tables.milestones?.rows.map((r) => r.slice(0, 3).map(numberOf))).toEqual([
      [2025, 40, 6000],
      [2030, 80, 2000],
    ])
  })

  it('builds A-1 with shares and A-2.3 with the gap before and after the plan', () => {
    const { workshop, board, plan, ledger, votes } = makePlanDocs()
    const { tables } = buildPlanModel({ workshop, board, plan, ledger, votes, now: new Date() })
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
    const { workshop, board, plan, ledger, votes } = makePlanDocs()
    const model = buildPlanModel({ workshop, board, plan, ledger, votes, now: new Date() })
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
    const { workshop, board, plan, ledger, votes } = makePlanDocs()
    const skeleton = planSkeleton('sv')
    const content = [...(skeleton.content ?? [])]
    const at = content.findIndex((n) => n.content?.[0]?.text?.startsWith('A-2 '))
    content.splice(at + 1, 0, {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Klimatprogram 2021' }],
    })
    replacePlanDocument(plan, { type: 'doc', content })
    const model = buildPlanModel({ workshop, board, plan, ledger, votes, now: new Date() })
    const text = (key: string) => model.sections.find((s) => s.key === key)?.text
    expect(text('policies')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Klimatprogram 2021' }] },
    ])
    expect(text('barriers')).toEqual([])
    expect(model.narrative).toEqual([])
  })

  it('keeps a document without numbered headings whole, as the narrative', () => {
    const { workshop, board, plan, ledger, votes } = makePlanDocs()
    replacePlanDocument(plan, {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Our plan' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'We go first.' }] },
      ],
    })
    const model = buildPlanModel({ workshop, board, plan, ledger, votes, now: new Date() })
    expect(model.narrative.map((n) => n.type)).toEqual(['heading', 'paragraph'])
    expect(model.sections.every((s) => s.text.length === 0)).toBe(true)
  })
})
