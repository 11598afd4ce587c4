import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { makeBoardDoc, makeMeasureFields } from '../test/fixtures.ts'
import {
  addActor,
  addMeasure,
  getMeasure,
  listActors,
  listMeasures,
  observeMeasureIds,
  observeMeasures,
  updateMeasure,
  withdrawMeasure,
} from './board.ts'

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
}

describe('board doc', () => {
  it('adds a proposed measure and reads it back', () => {
    const doc = new Y.Doc()
    const added = addMeasure(doc, {
      fields: makeMeasureFields(),
      proposer: { participantId: 'p1', actorId: null },
    })
    expect(added.status).toBe('proposed')
    expect(getMeasure(doc, added.id)).toEqual(added)
  })

  it('refuses invalid fields without touching the doc', () => {
    const doc = new Y.Doc()
    expect(() =>
      addMeasure(doc, {
        fields: makeMeasureFields({ title: '' }),
        proposer: { participantId: 'p1', actorId: null },
      }),
    ).toThrow()
    expect(listMeasures(doc)).toEqual([])
  })

  it('lists measures oldest first', () => {
    const { doc } = makeBoardDoc([{ title: 'First measure' }, { title: 'Second measure' }])
    expect(listMeasures(doc).map((m) => m.title)).toEqual(['First measure', 'Second measure'])
  })

  it('keeps concurrent edits of different fields of one measure', () => {
    const { doc: a, measures } = makeBoardDoc([{}])
    const id = measures[0]!.id
    const b = new Y.Doc()
    sync(a, b)
    updateMeasure(a, id, { title: 'Solar roofs on every public building' })
    updateMeasure(b, id, { fieldOfAction: 'built_environment' })
    sync(a, b)
    for (const doc of [a, b]) {
      const m = getMeasure(doc, id)!
      expect(m.title).toBe('Solar roofs on every public building')
      expect(m.fieldOfAction).toBe('built_environment')
    }
  })

  it('throws on an update that would make the measure invalid, and keeps the old one', () => {
    const { doc, measures } = makeBoardDoc([{}])
    const id = measures[0]!.id
    expect(() => updateMeasure(doc, id, { title: 'x' })).toThrow()
    expect(getMeasure(doc, id)?.title).toBe('Solar roofs on every school')
  })

  it('skips entries another client wrote that do not parse', () => {
    const { doc } = makeBoardDoc([{}])
    const junk = new Y.Map<unknown>()
    junk.set('title', 42)
    doc.getMap('measures').set('junk', junk)
    doc.getMap('measures').set('not-a-map', 'hello')
    expect(listMeasures(doc)).toHaveLength(1)
  })

  it('notifies observers of changes until unsubscribed', () => {
    const { doc, measures } = makeBoardDoc([{}])
    const seen: string[][] = []
    const stop = observeMeasures(doc, (list) => seen.push(list.map((m) => m.title)))
    updateMeasure(doc, measures[0]!.id, { title: 'Solar on schools' })
    stop()
    updateMeasure(doc, measures[0]!.id, { title: 'Solar on all roofs' })
    expect(seen).toEqual([['Solar on schools']])
  })

  it('stores actors and lists them by name', () => {
    const doc = new Y.Doc()
    addActor(doc, { name: 'Stadtwerke', kind: 'utility' })
    addActor(doc, { name: 'Acme Bikes', kind: 'sme', sector: 'mobility' })
    expect(listActors(doc).map((a) => a.name)).toEqual(['Acme Bikes', 'Stadtwerke'])
  })
})

describe('observeMeasureIds', () => {
  it('reports the ids of added and edited measures, and only those', () => {
    const { doc, measures } = makeBoardDoc([{ title: 'First measure' }, { title: 'Second one' }])
    const seen: string[][] = []
    const stop = observeMeasureIds(doc, (ids) => seen.push(ids))
    updateMeasure(doc, measures[1]!.id, { title: 'Second, edited' })
    const third = addMeasure(doc, {
      fields: makeMeasureFields(),
      proposer: { participantId: 'p2', actorId: null },
    })
    stop()
    expect(seen).toEqual([[measures[1]!.id], [third.id]])
  })
})

describe('withdrawMeasure', () => {
  it('[P14] lets the proposer withdraw their measure, which stays in the doc', () => {
    const { doc, measures } = makeBoardDoc([{}])
    const id = measures[0]!.id
    withdrawMeasure(doc, id, { participantId: 'p-anna', role: 'participant' })
    expect(getMeasure(doc, id)?.status).toBe('withdrawn')
    expect(listMeasures(doc)).toHaveLength(1)
  })

  it('[P14] refuses someone else, unless a facilitator or planner', () => {
    const { doc, measures } = makeBoardDoc([{}])
    const id = measures[0]!.id
    expect(() => withdrawMeasure(doc, id, { participantId: 'p-bo', role: 'participant' })).toThrow()
    expect(() => withdrawMeasure(doc, id, { participantId: 'p-anna', role: 'observer' })).toThrow()
    expect(getMeasure(doc, id)?.status).toBe('proposed')
    withdrawMeasure(doc, id, { participantId: 'p-fac', role: 'facilitator' })
    expect(getMeasure(doc, id)?.status).toBe('withdrawn')
  })
})
