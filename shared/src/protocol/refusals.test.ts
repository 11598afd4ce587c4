import { describe, expect, it } from 'vitest'
import { PHASE_ACTIONS } from '../domain/phase.ts'
import { parseRefusal, type Refusal, refusalMessage } from './refusals.ts'

describe('refusals', () => {
  it('read back into the refusal they were written from', () => {
    const refusals: Refusal[] = [
      { code: 'phaseClosed', phase: 'Welcome' },
      { code: 'phaseClosed', phase: 'Propose and discuss' },
      { code: 'boardLocked' },
      { code: 'notOwnMeasure' },
      ...PHASE_ACTIONS.map((action) => ({ code: 'actionClosed' as const, action, phase: 'Vote' })),
    ]
    for (const refusal of refusals) expect(parseRefusal(refusalMessage(refusal))).toEqual(refusal)
  })

  it('keep any other message as it is', () => {
    expect(parseRefusal('refused: a comment’s id is its key')).toEqual({
      code: 'other',
      message: 'refused: a comment’s id is its key',
    })
  })
})
