import { describe, expect, it } from 'vitest'
import { makeMeasureFields } from '../test/fixtures.ts'
import { computeInvestmentPlan, costsByYear, type InvestedMeasure } from './investment.ts'

function measure(
  id: string,
  fields: Partial<ReturnType<typeof makeMeasureFields>>,
): InvestedMeasure {
  return { id, ...makeMeasureFields({ title: `Measure ${id}`, ...fields }) }
}

describe('costsByYear', () => {
  it('reads a lump capex in the start year and a flat opex in every year of the timeline', () => {
    const costs = costsByYear(
      makeMeasureFields({
        timeline: { startYear: 2026, endYear: 2028 },
        cost: {
          capexEur: 900,
          opexEurPerYear: 10,
          funding: [{ source: 'EIB', type: 'loan', amountEur: 400, status: 'secured' }],
        },
      }),
    )
    expect(costs.capex).toEqual([{ year: 2026, eur: 900 }])
    expect(costs.opex).toEqual([
      { year: 2026, eur: 10 },
      { year: 2027, eur: 10 },
      { year: 2028, eur: 10 },
    ])
    expect(costs.funding[0]?.byYear).toEqual([{ year: 2026, eur: 400 }])
  })

  it('puts what has no year under the year not given, and counts one year of opex', () => {
    const costs = costsByYear(
      makeMeasureFields({
        timeline: { startYear: null, endYear: null },
        cost: { capexEur: 900, opexEurPerYear: 10, funding: [] },
      }),
    )
    expect(costs.capex).toEqual([{ year: null, eur: 900 }])
    expect(costs.opex).toEqual([{ year: null, eur: 10 }])
  })

  it('prefers the years when given', () => {
    const costs = costsByYear(
      makeMeasureFields({
        cost: {
          capexEur: 100,
          opexEurPerYear: 999,
          funding: [],
          capexByYear: [
            { year: 2028, eur: 60 },
            { year: 2027, eur: 40 },
          ],
          opexByYear: [{ year: 2029, eur: -5 }],
        },
      }),
    )
    expect(costs.capex).toEqual([
      { year: 2027, eur: 40 },
      { year: 2028, eur: 60 },
    ])
    expect(costs.opex).toEqual([{ year: 2029, eur: -5 }])
  })
})

describe('computeInvestmentPlan', () => {
  const plan = computeInvestmentPlan([
    measure('a', {
      timeline: { startYear: 2026, endYear: 2027 },
      cost: {
        capexEur: 1000,
        opexEurPerYear: 0,
        capexByYear: [
          { year: 2026, eur: 600 },
          { year: 2027, eur: 400 },
        ],
        opexByYear: [{ year: 2027, eur: 50 }],
        funding: [
          {
            source: 'EIB',
            type: 'loan',
            status: 'secured',
            amountEur: 500,
            byYear: [
              { year: 2026, eur: 300 },
              { year: 2027, eur: 200 },
            ],
          },
          { source: 'City budget', type: 'municipal', status: 'planned', amountEur: 100 },
        ],
      },
    }),
    measure('b', {
      timeline: { startYear: 2027, endYear: null },
      cost: {
        capexEur: 200,
        opexEurPerYear: 20,
        funding: [{ source: ' eib ', type: 'eu_grant', status: 'applied', amountEur: 150 }],
      },
    }),
  ])

  it('sums the investment needed, the funding by status and both gaps per year', () => {
    expect(plan.years.map((y) => y.year)).toEqual([2026, 2027])
    const [y2026, y2027] = plan.years
    expect(y2026).toMatchObject({
      capexEur: 600,
      opexEur: 0,
      neededEur: 600,
      fundingByStatus: { secured: 300, applied: 0, planned: 100 },
      gapSecuredEur: 300,
      gapAllEur: 200,
    })
    expect(y2027).toMatchObject({
      capexEur: 600,
      opexEur: 70,
      neededEur: 670,
      fundingByStatus: { secured: 200, applied: 150, planned: 0 },
      gapSecuredEur: 470,
      gapAllEur: 320,
    })
  })

  it('totals agree with the years and with the measures', () => {
    expect(plan.total).toMatchObject({
      neededEur: 1270,
      fundingEur: 750,
      gapSecuredEur: 770,
      gapAllEur: 520,
    })
    expect(plan.measures.map((m) => m.total.neededEur)).toEqual([1050, 220])
  })

  it('groups funding by source name and by type', () => {
    expect(plan.bySource).toEqual([
      {
        source: 'EIB',
        types: ['loan', 'eu_grant'],
        byStatus: { secured: 500, applied: 150, planned: 0 },
        totalEur: 650,
      },
      {
        source: 'City budget',
        types: ['municipal'],
        byStatus: { secured: 0, applied: 0, planned: 100 },
        totalEur: 100,
      },
    ])
    expect(plan.byType.map((t) => [t.type, t.totalEur])).toEqual([
      ['municipal', 100],
      ['eu_grant', 150],
      ['loan', 500],
    ])
  })

  it('shows more secured than needed as a negative gap, and an empty plan as nothing', () => {
    const over = computeInvestmentPlan([
      measure('c', {
        timeline: { startYear: 2030, endYear: 2030 },
        cost: {
          capexEur: 10,
          opexEurPerYear: 0,
          funding: [{ source: 'X', type: 'other', status: 'secured', amountEur: 15 }],
        },
      }),
    ])
    expect(over.total.gapSecuredEur).toBe(-5)
    expect(computeInvestmentPlan([]).years).toEqual([])
  })
})
