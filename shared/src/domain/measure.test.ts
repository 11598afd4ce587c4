import { describe, expect, it } from 'vitest'
import { makeMeasureFields } from '../test/fixtures.ts'
import {
  type MeasureFields,
  measureFieldsSchema,
  totalCostEur,
  totalReductionTCO2ePerYear,
} from './measure.ts'

describe('measureFieldsSchema', () => {
  it('accepts a complete measure', () => {
    expect(measureFieldsSchema.safeParse(makeMeasureFields()).success).toBe(true)
  })

  it('rejects a title shorter than three characters, naming the field', () => {
    const result = measureFieldsSchema.safeParse(makeMeasureFields({ title: ' a ' }))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['title'])
  })

  it('rejects an unknown field of action', () => {
    const fields = { ...makeMeasureFields(), fieldOfAction: 'space_travel' }
    expect(measureFieldsSchema.safeParse(fields).success).toBe(false)
  })

  it('rejects a negative reduction', () => {
    const fields = makeMeasureFields()
    fields.reduction.tCO2ePerYearBySector = { transport: -5 }
    expect(measureFieldsSchema.safeParse(fields).success).toBe(false)
  })

  it('rejects a timeline that ends before it starts, on the end year', () => {
    const result = measureFieldsSchema.safeParse(
      makeMeasureFields({ timeline: { startYear: 2030, endYear: 2027 } }),
    )
    expect(result.error?.issues[0]?.path).toEqual(['timeline', 'endYear'])
  })

  it('allows a negative opex, which is a saving', () => {
    const fields = makeMeasureFields()
    fields.cost.opexEurPerYear = -20_000
    expect(measureFieldsSchema.safeParse(fields).success).toBe(true)
  })
})

describe('derived figures', () => {
  it('sums the reduction over sectors', () => {
    const fields = makeMeasureFields()
    fields.reduction.tCO2ePerYearBySector = { transport: 300, stationary_energy: 200.5 }
    expect(totalReductionTCO2ePerYear(fields)).toBe(500.5)
  })

  it('adds opex over every year of the timeline to capex', () => {
    const fields = makeMeasureFields({ timeline: { startYear: 2026, endYear: 2030 } })
    fields.cost = { capexEur: 1000, opexEurPerYear: 100, funding: [] }
    expect(totalCostEur(fields)).toBe(1500)
  })
})

describe('costs by year', () => {
  const withCost = (cost: Partial<MeasureFields['cost']>) => {
    const fields = makeMeasureFields()
    fields.cost = { ...fields.cost, ...cost }
    return measureFieldsSchema.safeParse(fields)
  }

  it('still reads the older lump figures and funding lines without years', () => {
    const result = withCost({
      capexEur: 1000,
      opexEurPerYear: 10,
      funding: [{ source: 'EIB', type: 'eu_grant', amountEur: 500, status: 'secured' }],
    })
    expect(result.success).toBe(true)
  })

  it('accepts capex, opex and funding spread over years that add up', () => {
    const result = withCost({
      capexEur: 1000,
      capexByYear: [
        { year: 2026, eur: 600 },
        { year: 2027, eur: 400 },
      ],
      opexByYear: [{ year: 2028, eur: -50 }],
      funding: [
        {
          source: 'EIB',
          type: 'loan',
          amountEur: 0.3,
          status: 'applied',
          byYear: [
            { year: 2026, eur: 0.1 },
            { year: 2027, eur: 0.2 },
          ],
        },
      ],
    })
    expect(result.success).toBe(true)
  })

  it('refuses years that do not add up to the total, on the years', () => {
    const result = withCost({ capexEur: 1000, capexByYear: [{ year: 2026, eur: 999 }] })
    expect(result.error?.issues[0]?.path).toEqual(['cost', 'capexByYear'])
  })

  it('refuses a year twice, a year outside 1990–2100 and a negative capex in a year', () => {
    const twice = [
      { year: 2026, eur: 1 },
      { year: 2026, eur: 1 },
    ]
    expect(withCost({ capexEur: 2, capexByYear: twice }).success).toBe(false)
    expect(withCost({ capexEur: 1, capexByYear: [{ year: 3026, eur: 1 }] }).success).toBe(false)
    expect(withCost({ capexEur: 0, capexByYear: [{ year: 2026, eur: -1 }] }).success).toBe(false)
  })

  it('refuses absurd amounts and more years than there are', () => {
    expect(withCost({ opexByYear: [{ year: 2026, eur: 1e15 }] }).success).toBe(false)
    expect(withCost({ opexByYear: [{ year: 2026, eur: Number.NaN }] }).success).toBe(false)
    const years = Array.from({ length: 10_000 }, (_, i) => ({ year: 1990 + (i % 111), eur: 1 }))
    expect(withCost({ opexByYear: years }).success).toBe(false)
  })

  it('counts opex given by year in the total cost', () => {
    const fields = makeMeasureFields({ timeline: { startYear: 2026, endYear: 2030 } })
    fields.cost = {
      capexEur: 1000,
      opexEurPerYear: 100,
      funding: [],
      opexByYear: [
        { year: 2026, eur: 50 },
        { year: 2027, eur: 70 },
      ],
    }
    expect(totalCostEur(fields)).toBe(1120)
  })
})
