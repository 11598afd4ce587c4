import { describe, expect, it } from 'vitest'
import { makeMeasureFields } from '../test/fixtures.ts'
import { measureFieldsSchema, totalCostEur, totalReductionTCO2ePerYear } from './measure.ts'

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
