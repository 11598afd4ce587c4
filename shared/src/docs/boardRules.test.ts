import { describe, expect, it } from 'vitest'
import { measureSchema } from '../domain/measure.ts'

describe('judging an edit of a measure field by field', () => {
  it('relies on a measure’s schema checking each field on its own, nothing across fields', () => {
    // An edit is judged on the fields it touched (boardRules.ts, judgeMeasureEdit). A check
    // across fields on the measure itself (a refine reading two of them) would let an edit of
    // one break it unseen: such a check belongs inside the field that holds both values.
    expect(measureSchema._zod.def.checks ?? []).toEqual([])
  })
})
