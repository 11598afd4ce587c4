import { describe, expect, it } from 'vitest'
import { type Commitment, commitmentSchema, statusFromCommitments } from './commitment.ts'

const signature = (overrides: Partial<Commitment> = {}): Commitment =>
  commitmentSchema.parse({
    id: 'c1',
    actorId: 'a1',
    measureId: 'm1',
    text: 'We electrify our fleet.',
    target: { value: 40, unit: 'vehicles', year: 2028 },
    signedBy: 'p1',
    signedAt: '2026-03-03T18:00:00.000Z',
    withdrawn: null,
    ...overrides,
  })
const withdrawn = { by: 'p1', at: '2026-03-04T09:00:00.000Z' }

describe('[P24] statusFromCommitments', () => {
  it('commits a measure while a signature stands', () => {
    expect(statusFromCommitments('in_plan', [signature()])).toBe('committed')
    expect(statusFromCommitments('committed', [signature()])).toBeNull()
  })

  it('puts back what the latest signature that moved it found', () => {
    const moved = [
      signature({ measureStatusBefore: 'in_plan', withdrawn }),
      signature({ id: 'c2', measureStatusBefore: 'prioritised', withdrawn }),
      signature({ id: 'c3', withdrawn }),
    ]
    expect(statusFromCommitments('committed', moved)).toBe('prioritised')
  })

  it('leaves a planner’s own committed, and any other status, alone once nothing stands', () => {
    expect(statusFromCommitments('committed', [signature({ withdrawn })])).toBeNull()
    expect(statusFromCommitments('rejected', [signature({ withdrawn })])).toBeNull()
    expect(statusFromCommitments('in_plan', [])).toBeNull()
  })

  it('reads signatures from before the rule: no status recorded, no equivalent', () => {
    const old = commitmentSchema.parse({
      ...signature(),
      measureStatusBefore: undefined,
      target: { value: 1, unit: 'tCO2e/yr', year: 2030 },
    })
    expect(old.measureStatusBefore).toBeNull()
    expect(old.target.tCO2eEquivalent).toBeNull()
  })
})
