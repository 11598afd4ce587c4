import { emptyMeasureFields, measureFieldsSchema } from '@pactboard/shared'
import { describe, expect, it } from 'vitest'
import { errorsFromIssues, fieldKeyOf } from './fieldErrors.ts'

function errorsOf(patch: (fields: ReturnType<typeof emptyMeasureFields>) => void) {
  const fields = emptyMeasureFields()
  fields.title = 'A valid title'
  patch(fields)
  const result = measureFieldsSchema.safeParse(fields)
  return result.success ? {} : errorsFromIssues(result.error.issues)
}

describe('measure form errors', () => {
  it('names fields by their path, list items by their list', () => {
    expect(fieldKeyOf(['cost', 'funding', 0, 'source'])).toBe('cost.funding.0.source')
    expect(fieldKeyOf(['tags', 3])).toBe('tags')
  })

  it('maps each schema issue to a message key with its values', () => {
    expect(
      errorsOf((f) => {
        f.title = 'ab'
        f.reduction.rampUpYears = 1.5
        f.reduction.firstYear = Number.NaN
        f.cost.capexEur = -1
        f.timeline = { startYear: 2030, endYear: 2020 }
        f.tags = ['ok', '']
        f.cost.funding = [{ source: '', type: 'eu_grant', amountEur: 5, status: 'secured' }]
      }),
    ).toEqual({
      title: { key: 'errors.tooShort', values: { minimum: 3 } },
      'reduction.firstYear': { key: 'errors.notANumber' },
      'reduction.rampUpYears': { key: 'errors.wholeNumber' },
      'cost.capexEur': { key: 'errors.tooSmall', values: { minimum: 0 } },
      'cost.funding.0.source': { key: 'errors.required' },
      'timeline.endYear': { key: 'errors.endBeforeStart' },
      tags: { key: 'errors.required' },
    })
  })

  it('reports an out-of-range year with its bound', () => {
    expect(errorsOf((f) => (f.timeline.startYear = 2200))).toEqual({
      'timeline.startYear': { key: 'errors.tooBig', values: { maximum: 2100 } },
    })
  })
})
