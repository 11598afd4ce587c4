import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { setPlanFigures } from '../docs/plan.ts'
import { emptyBaseline } from '../domain/baseline.ts'
import { totalsOfVotes } from '../domain/voting.ts'
import { makeBoardDoc, makeWorkshop } from '../test/fixtures.ts'
import { buildPlanExport, planExportSchema } from './planExport.ts'

const workshop = makeWorkshop({
  id: 'w1',
  title: 'Climate evening',
  language: 'sv',
  createdAt: '2026-03-03T17:00:00.000Z',
})

describe('votes', () => {
  const votes = [
    { participantId: 'p-b', measureId: 'm-1', count: 1 },
    { participantId: 'p-a', measureId: 'm-1', count: 2 },
    { participantId: 'p-b', measureId: 'm-2', count: 0 },
  ]

  it('sums to totals per measure, without names', () => {
    expect(totalsOfVotes(votes)).toEqual(new Map([['m-1', 3]]))
  })

  it('are exported each as cast, in a stable order, without empty ones', () => {
    const { doc: board } = makeBoardDoc()
    const data = buildPlanExport({
      workshop,
      board,
      plan: new Y.Doc(),
      ledger: new Y.Doc(),
      votes,
      now: new Date(0),
    })
    expect(data.votes).toEqual([
      { participantId: 'p-a', measureId: 'm-1', count: 2 },
      { participantId: 'p-b', measureId: 'm-1', count: 1 },
    ])
  })
})

describe('the JSON export', () => {
  it('holds everything, and its schema reads it back', () => {
    const { doc: board } = makeBoardDoc([{}, { title: 'Bus lanes' }])
    const plan = new Y.Doc()
    const ledger = new Y.Doc()
    const votes = [{ participantId: 'p-a', measureId: 'm-1', count: 2 }]
    const data = buildPlanExport({ workshop, board, plan, ledger, votes, now: new Date(0) })
    expect(data).toMatchObject({ schemaVersion: 1, exportedAt: '1970-01-01T00:00:00.000Z' })
    expect(data.measures.map((m) => m.title)).toEqual(['Solar roofs on every school', 'Bus lanes'])
    expect(planExportSchema.parse(JSON.parse(JSON.stringify(data)))).toEqual(data)
  })

  it('carries costs and funding by year and milestones, and still reads an export from before them', () => {
    const { doc: board } = makeBoardDoc([
      {
        cost: {
          capexEur: 100,
          opexEurPerYear: 0,
          capexByYear: [{ year: 2027, eur: 100 }],
          funding: [
            {
              source: 'EIB',
              type: 'loan',
              status: 'secured',
              amountEur: 50,
              byYear: [{ year: 2027, eur: 50 }],
            },
          ],
        },
      },
    ])
    const plan = new Y.Doc()
    setPlanFigures(plan, {
      baseline: emptyBaseline(2019),
      target: {
        targetYear: 2045,
        reductionPct: 100,
        reference: { year: 1990, tCO2ePerYear: 900 },
        milestones: [{ year: 2030, reductionPct: 40 }],
      },
    })
    const data = buildPlanExport({
      workshop,
      board,
      plan,
      ledger: new Y.Doc(),
      votes: [],
      now: new Date(0),
    })
    const read = planExportSchema.parse(JSON.parse(JSON.stringify(data)))
    expect(read.measures[0]?.cost.capexByYear).toEqual([{ year: 2027, eur: 100 }])
    expect(read.figures?.target.milestones).toEqual([{ year: 2030, reductionPct: 40 }])
    // an older export: lump figures, a funding line without years, a target without milestones
    const older = JSON.parse(JSON.stringify(data))
    older.measures[0].cost = {
      capexEur: 100,
      opexEurPerYear: 5,
      funding: [{ source: 'EIB', type: 'eu_grant', status: 'applied', amountEur: 50 }],
    }
    older.figures.target = { targetYear: 2030, reductionPct: 80 }
    expect(planExportSchema.safeParse(older).success).toBe(true)
  })

  it('refuses another schema version and a document nested without end', () => {
    const { doc: board } = makeBoardDoc()
    const data = buildPlanExport({
      workshop,
      board,
      plan: new Y.Doc(),
      ledger: new Y.Doc(),
      votes: [],
      now: new Date(0),
    })
    expect(planExportSchema.safeParse({ ...data, schemaVersion: 2 }).success).toBe(false)
    let deep = { type: 'paragraph' } as { type: string; content?: unknown[] }
    for (let i = 0; i < 100; i++) deep = { type: 'blockquote', content: [deep] }
    expect(planExportSchema.safeParse({ ...data, document: deep }).success).toBe(false)
  })
})
