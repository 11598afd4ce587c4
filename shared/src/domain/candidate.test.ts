import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  type Candidate,
  type CandidateSource,
  type CandidateState,
  type CandidateStatusChange,
  candidateSchema,
  candidateStateSchema,
  candidateStatusChangeSchema,
} from './candidate.ts'
import { provenanceOf } from './candidateProvenance.ts'

const source = (overrides: Partial<CandidateSource> = {}): CandidateSource => ({
  workshopId: 'w-a',
  workshopTitle: 'Citizens’ evening',
  measureId: 'm-1',
  proposedAt: '2026-03-03T18:00:00.000Z',
  dots: 9,
  reactions: { support: 2, love: 0, idea: 1, concern: 0 },
  broughtInAt: '2026-03-04T09:00:00.000Z',
  ...overrides,
})

const candidate = (overrides: Partial<Candidate> = {}): Candidate =>
  candidateSchema.parse({
    id: 'c-1',
    title: 'Bike lanes on Storgatan',
    description: '',
    fieldOfAction: 'mobility_transport',
    state: { status: 'proposed' },
    createdAt: '2026-03-04T09:00:00.000Z',
    updatedAt: '2026-03-04T09:00:00.000Z',
    sources: [source()],
    adaptedFrom: null,
    ...overrides,
  })

describe('[W10] a candidate’s state', () => {
  it('parses a rejection only with a reason written for citizens', () => {
    expect(candidateStateSchema.safeParse({ status: 'rejected' }).success).toBe(false)
    expect(candidateStateSchema.safeParse({ status: 'rejected', reason: '  ' }).success).toBe(false)
    expect(
      candidateStateSchema.safeParse({ status: 'rejected', reason: 'x'.repeat(1001) }).success,
    ).toBe(false)
    expect(
      candidateStateSchema.parse({ status: 'rejected', reason: '  The tram line covers it.  ' }),
    ).toEqual({ status: 'rejected', reason: 'The tram line covers it.' })
  })

  it('carries a reason on no other status, and a survivor only when merged', () => {
    expect(candidateStateSchema.safeParse({ status: 'in_plan', reason: 'Because' }).success).toBe(
      false,
    )
    expect(candidateStateSchema.safeParse({ status: 'merged' }).success).toBe(false)
    expect(candidateStateSchema.parse({ status: 'merged', mergedInto: 'c-2' })).toEqual({
      status: 'merged',
      mergedInto: 'c-2',
    })
  })

  it('does not type-check a rejection without its reason', () => {
    // @ts-expect-error a rejection needs its reason
    const state: CandidateState = { status: 'rejected' }
    // @ts-expect-error nor may a change ask for one without it
    const change: CandidateStatusChange = { status: 'rejected' }
    expect([state, change]).toHaveLength(2)
    expectTypeOf<Extract<CandidateState, { status: 'rejected' }>>().toEqualTypeOf<{
      status: 'rejected'
      reason: string
    }>()
  })

  it('lets a planner set every status but the first and `merged`, which a merge makes', () => {
    for (const status of ['discussed', 'prioritised', 'in_plan', 'committed']) {
      expect(candidateStatusChangeSchema.safeParse({ status }).success, status).toBe(true)
    }
    for (const status of ['proposed', 'merged', 'withdrawn']) {
      expect(candidateStatusChangeSchema.safeParse({ status }).success, status).toBe(false)
    }
    expect(
      candidateStatusChangeSchema.safeParse({ status: 'merged', mergedInto: 'c-2' }).success,
    ).toBe(false)
  })
})

describe('[W9] provenance', () => {
  it('adds the sources and dots of the candidates merged into a survivor', () => {
    const survivor = candidate()
    const merged = candidate({
      id: 'c-2',
      state: { status: 'merged', mergedInto: 'c-1' },
      sources: [source({ workshopId: 'w-b', workshopTitle: 'Business breakfast', dots: 5 })],
    })
    const other = candidate({ id: 'c-3', sources: [source({ measureId: 'm-9', dots: 40 })] })
    const provenance = provenanceOf(survivor, [survivor, merged, other])
    expect(provenance.sources.map((s) => s.workshopTitle)).toEqual([
      'Citizens’ evening',
      'Business breakfast',
    ])
    expect(provenance.dots).toBe(14)
  })

  it('says nothing where a candidate’s workshop was deleted', () => {
    const orphan = candidate({ sources: [] })
    expect(provenanceOf(orphan, [orphan])).toEqual({ sources: [], dots: 0 })
  })
})
