import { addComment, addMeasure, deleteComment } from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { collectOwnWork, lostOwnWork } from './lostWork.ts'

/** The server's board, and this device's copy of it with what the device wrote on top. */
function serverAndDevice() {
  const server = new Y.Doc()
  const solar = addMeasure(server, {
    fields: makeMeasureFields({ title: 'Solar roofs' }),
    proposer: { participantId: 'p-anna', actorId: null },
  })
  const bos = addMeasure(server, {
    fields: makeMeasureFields({ title: 'Bike lanes' }),
    proposer: { participantId: 'p-bo', actorId: null },
  })
  const kept = addComment(server, {
    measureId: bos.id,
    authorParticipantId: 'p-anna',
    text: 'Yes, on Storgatan',
  })
  const device = new Y.Doc()
  Y.applyUpdate(device, Y.encodeStateAsUpdate(server))
  return { server, device, solar, bos, kept }
}

describe('lostOwnWork', () => {
  it('finds the measures and comments this person wrote that the server does not hold', () => {
    const { server, device, bos } = serverAndDevice()
    const trams = addMeasure(device, {
      fields: makeMeasureFields({ title: 'Night trams', description: 'Every 20 minutes' }),
      proposer: { participantId: 'p-anna', actorId: null },
    })
    const comment = addComment(device, {
      measureId: bos.id,
      authorParticipantId: 'p-anna',
      text: 'And bike parking at the station',
    })

    const lost = lostOwnWork(collectOwnWork(device, 'p-anna'), server)

    expect(lost.measures).toEqual([
      {
        id: trams.id,
        fields: makeMeasureFields({ title: 'Night trams', description: 'Every 20 minutes' }),
      },
    ])
    expect(lost.comments).toEqual([
      {
        id: comment.id,
        measureId: bos.id,
        measureTitle: 'Bike lanes',
        text: 'And bike parking at the station',
      },
    ])
  })

  it('offers nothing that is on the server, nor anybody else’s work, nor a removed comment', () => {
    const { server, device, solar } = serverAndDevice()
    addMeasure(device, {
      fields: makeMeasureFields({ title: 'Someone else’s idea' }),
      proposer: { participantId: 'p-bo', actorId: null },
    })
    addComment(device, { measureId: solar.id, authorParticipantId: 'p-bo', text: 'Not mine' })
    const removed = addComment(device, {
      measureId: solar.id,
      authorParticipantId: 'p-anna',
      text: 'Never mind',
    })
    deleteComment(device, removed.id, 'p-anna')

    expect(lostOwnWork(collectOwnWork(device, 'p-anna'), server)).toEqual({
      measures: [],
      comments: [],
    })
  })

  it('keeps a comment on a card the server lacks, with the card’s title for context', () => {
    const server = new Y.Doc()
    const device = new Y.Doc()
    const trams = addMeasure(device, {
      fields: makeMeasureFields({ title: 'Night trams' }),
      proposer: { participantId: 'p-anna', actorId: null },
    })
    addComment(device, { measureId: trams.id, authorParticipantId: 'p-anna', text: 'Me too' })

    const lost = lostOwnWork(collectOwnWork(device, 'p-anna'), server)

    expect(lost.measures.map((m) => m.fields.title)).toEqual(['Night trams'])
    expect(lost.comments).toMatchObject([{ measureTitle: 'Night trams', text: 'Me too' }])
  })
})
