import type { Candidate, CandidateSource } from '@pactboard/shared'
import { describe, expect, it } from 'vitest'
import { mergeTargets, NO_FILTER, viewCandidates } from './candidateQuery.ts'

const source = (dots: number): CandidateSource => ({
  workshopId: 'w-1',
  workshopTitle: 'Kvällsmöte',
  measureId: `m-${dots}`,
  proposedAt: '2026-03-03T18:30:00.000Z',
  dots,
  reactions: { support: 0, love: 0, idea: 0, concern: 0 },
  broughtInAt: '2026-03-10T09:00:00.000Z',
})

const candidate = (id: string, dots: number, overrides: Partial<Candidate> = {}): Candidate => ({
  id,
  title: `Measure ${id}`,
  description: '',
  fieldOfAction: 'mobility_transport',
  state: { status: 'proposed' },
  createdAt: '2026-03-10T09:00:00.000Z',
  updatedAt: '2026-03-10T09:00:00.000Z',
  sources: [source(dots)],
  adaptedFrom: null,
  ...overrides,
})

describe('the candidate list’s view', () => {
  const list = [
    candidate('a', 3),
    candidate('b', 8, { state: { status: 'merged', mergedInto: 'a' } }),
    candidate('c', 10, { fieldOfAction: 'energy_systems' }),
    candidate('d', 1, { state: { status: 'rejected', reason: 'Not ours to do' } }),
  ]

  it('[W9] orders by dots in all, merged ones counted in their survivor and not listed', () => {
    const views = viewCandidates(list, NO_FILTER)
    expect(views.map((v) => [v.candidate.id, v.provenance.dots])).toEqual([
      ['a', 11],
      ['c', 10],
      ['d', 1],
    ])
    expect(views[0]?.merged.map((m) => m.id)).toEqual(['b'])
  })

  it('filters by status, merged included when asked, and by field of action', () => {
    const ids = (filter: Parameters<typeof viewCandidates>[1]) =>
      viewCandidates(list, filter).map((v) => v.candidate.id)
    expect(ids({ status: 'merged', field: 'all' })).toEqual(['b'])
    expect(ids({ status: 'rejected', field: 'all' })).toEqual(['d'])
    expect(ids({ status: 'open', field: 'energy_systems' })).toEqual(['c'])
    expect(viewCandidates(list, { status: 'merged', field: 'all' })[0]?.survivor?.id).toBe('a')
  })

  it('[W9] offers as merge targets every other candidate that is not merged', () => {
    expect(mergeTargets(list[0] as Candidate, list).map((c) => c.id)).toEqual(['c', 'd'])
  })
})
