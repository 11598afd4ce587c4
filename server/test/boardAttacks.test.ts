import {
  addComment,
  type CreateWorkshopResponse,
  getMeasure,
  listActors,
  MAX_MEASURES_PER_PERSON,
  toggleReaction,
  updateMeasure,
} from '@pactboard/shared'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocPolicies } from '../src/sync/DocPolicy.ts'
import { boardPolicy } from '../src/sync/policies/boardPolicy.ts'
import { DOC_POLICIES } from '../src/sync/policies/index.ts'
import { connectClient, connectRaw, propose, type TestClient } from './helpers/clients.ts'
import { deleteRangeUpdate, updateFrame } from './helpers/hostile.ts'
import { startServer, type TestServer } from './helpers/server.ts'
import { sleep, waitFor } from './helpers/waitFor.ts'

/**
 * [P21][P22][P8][P15] A hostile participant with a stock Yjs doc (or bytes written by hand)
 * against the board's invariants. Every attack runs twice: against the real board policy, where
 * it is refused, nothing of it is stored or reaches anyone and the bystander stays connected; and
 * with the board policy's judge switched off, where the same attack lands. So each test shows it
 * can fail, and that the policy, not something else, is what stops the attack.
 */

const JUDGE_OFF: DocPolicies = { ...DOC_POLICIES, board: { ...boardPolicy, judge: () => null } }

type MeasureEntry = Y.Map<unknown>
const entryOf = (doc: Y.Doc, id: string) =>
  doc.getMap<MeasureEntry>('measures').get(id) as MeasureEntry | undefined

describe.each([
  { judge: 'on', policies: DOC_POLICIES, holds: true },
  { judge: 'off', policies: JUDGE_OFF, holds: false },
])('a hostile participant against the board (judge $judge)', ({ policies, holds }) => {
  let server: TestServer
  let workshop: CreateWorkshopResponse
  let anna: TestClient
  let mallory: TestClient
  let malloryToken: string
  let bystander: TestClient
  const clients: TestClient[] = []

  const connect = (token: string) => {
    const client = connectClient(server.syncUrl, workshop.workshop.id, 'board', token)
    clients.push(client)
    return client
  }
  const stored = () => server.storedDoc(workshop.workshop.id, 'board')

  /** Refused, unseen and unstored with the judge on; stored with it off. */
  async function expectVerdict(landed: (doc: Y.Doc) => boolean, refusal: RegExp): Promise<void> {
    if (!holds) {
      await waitFor(async () => landed(await stored()), 'the attack to land')
      return
    }
    await waitFor(() => mallory.denials.length > 0, 'Mallory to be told')
    expect(mallory.denials[0]).toMatch(refusal)
    await sleep(30)
    expect(landed(await stored())).toBe(false)
    expect(landed(bystander.doc)).toBe(false)
    expect(bystander.closeCodes).toEqual([])
    expect(anna.closeCodes).toEqual([])
  }

  /** Mallory's own card, on the board and in everyone's copy. */
  async function mallorysCard(): Promise<string> {
    const { id } = propose(mallory, 'Mallory’s card')
    await waitFor(() => getMeasure(bystander.doc, id) !== null, 'Mallory’s card to arrive')
    return id
  }

  beforeAll(async () => {
    server = await startServer({}, { policies })
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    workshop = await server.createWorkshop()
    anna = connect((await server.join(workshop.joinCode, { displayName: 'Anna' })).token)
    malloryToken = (await server.join(workshop.joinCode, { displayName: 'Mallory' })).token
    mallory = connect(malloryToken)
    bystander = connect(workshop.facilitatorToken)
    await Promise.all([anna.synced(), mallory.synced(), bystander.synced()])
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })

  it('[P21] a delete range that starts at a tombstone of Anna’s does not delete her measure', async () => {
    const first = propose(anna, 'Bike lanes')
    updateMeasure(anna.doc, first.id, { title: 'Bike lanes on Storgatan' }) // leaves a tombstone
    const second = propose(anna, 'Heat pumps for schools')
    await waitFor(
      () => getMeasure(mallory.doc, second.id) !== null,
      'Anna’s cards to reach Mallory',
    )
    const client = anna.doc.clientID
    const tombstone = anna.doc.store.clients.get(client)!.find((struct) => struct.deleted)!
    const end = Y.getState(anna.doc.store, client)
    const raw = connectRaw(
      `${server.syncUrl}/${workshop.workshop.id}/board?token=${encodeURIComponent(malloryToken)}`,
    )
    await raw.opened
    raw.ws.send(
      updateFrame(deleteRangeUpdate(client, tombstone.id.clock, end - tombstone.id.clock)),
    )
    const gone = (doc: Y.Doc) => getMeasure(doc, second.id) === null
    if (!holds) {
      await waitFor(async () => gone(await stored()), 'the attack to land')
    } else {
      await sleep(100)
      expect(gone(await stored())).toBe(false)
      expect(gone(bystander.doc)).toBe(false)
      expect(getMeasure(await stored(), first.id)?.title).toBe('Bike lanes on Storgatan')
      expect(bystander.closeCodes).toEqual([])
    }
    raw.ws.close()
  })

  it('[P21] Mallory cannot make Anna the proposer of her own card', async () => {
    const id = await mallorysCard()
    entryOf(mallory.doc, id)!.set('proposer', { participantId: anna.participantId, actorId: null })
    await expectVerdict(
      (doc) =>
        (entryOf(doc, id)?.get('proposer') as { participantId?: string } | undefined)
          ?.participantId === anna.participantId,
      /proposer is not changed/,
    )
  })

  it('[P21] a card’s id stays its key', async () => {
    const id = await mallorysCard()
    entryOf(mallory.doc, id)!.set('id', 'someone-elses')
    await expectVerdict((doc) => entryOf(doc, id)?.get('id') === 'someone-elses', /id/)
  })

  it('[P21] a participant does not put her own card in the plan', async () => {
    const id = await mallorysCard()
    mallory.doc.transact(() => {
      entryOf(mallory.doc, id)!.set('status', 'in_plan')
      entryOf(mallory.doc, id)!.set('reduction', {
        tCO2ePerYearBySector: { transport: 1e9 },
        firstYear: 2026,
        rampUpYears: 0,
        confidence: 'high',
        method: '',
      })
    })
    await expectVerdict((doc) => entryOf(doc, id)?.get('status') === 'in_plan', /status/)
  })

  it('[P21] actors are the server’s: a participant adds no organisation', async () => {
    mallory.doc.getMap('actors').set('fake', {
      id: 'fake',
      name: 'Mega Corp AB',
      kind: 'company',
      sector: '',
      legalForm: '',
      responsiblePerson: '',
      position: '',
      createdAt: new Date().toISOString(),
    })
    await expectVerdict((doc) => listActors(doc).some((a) => a.id === 'fake'), /organisations/)
  })

  it('[P21] no root but the board’s own exists', async () => {
    mallory.doc.getMap('graffiti').set('wall', 'x'.repeat(1000))
    await expectVerdict((doc) => doc.getMap('graffiti').size > 0, /no "graffiti"/)
  })

  it('[P21] a card’s fields are plain values, not shared types of their own', async () => {
    const id = await mallorysCard()
    entryOf(mallory.doc, id)!.set('title', new Y.Text('A title that grows'))
    await expectVerdict((doc) => entryOf(doc, id)?.get('title') instanceof Y.Text, /valid measure/)
  })

  it('[P21] an edit that drops a field a measure needs leaves it a valid measure', async () => {
    const id = await mallorysCard()
    entryOf(mallory.doc, id)!.delete('title')
    await expectVerdict((doc) => entryOf(doc, id)?.has('title') === false, /valid measure/)
  })

  it('[P21] an edit adds no field a measure does not have', async () => {
    const id = await mallorysCard()
    entryOf(mallory.doc, id)!.set('graffiti', 'x'.repeat(1000))
    await expectVerdict((doc) => entryOf(doc, id)?.has('graffiti') === true, /valid measure/)
  })

  it('[P21] an edit of one field is held to that field’s rules', async () => {
    const id = await mallorysCard()
    const entry = entryOf(mallory.doc, id)!
    mallory.doc.transact(() => {
      entry.set('description', 'A fine description')
      entry.set('title', 'ab')
    })
    await expectVerdict(
      (doc) => entryOf(doc, id)?.get('description') === 'A fine description',
      /valid measure/,
    )
  })

  it('[P21] a card’s costs by year stay bounded: no 10,000 years of opex', async () => {
    const id = await mallorysCard()
    const years = Array.from({ length: 10_000 }, (_, i) => ({ year: 1990 + i, eur: 1 }))
    entryOf(mallory.doc, id)!.set('cost', {
      capexEur: 0,
      opexEurPerYear: 0,
      funding: [],
      opexByYear: years,
    })
    await expectVerdict(
      (doc) =>
        (entryOf(doc, id)?.get('cost') as { opexByYear?: unknown[] })?.opexByYear !== undefined,
      /valid measure/,
    )
  })

  it('[P21] a funding line’s years add up to its amount, in plausible euros', async () => {
    const id = await mallorysCard()
    entryOf(mallory.doc, id)!.set('cost', {
      capexEur: 1,
      opexEurPerYear: 0,
      capexByYear: [{ year: 2027, eur: 1 }],
      funding: [
        {
          source: 'Mallory Bank',
          type: 'loan',
          status: 'secured',
          amountEur: 1,
          byYear: [{ year: 2027, eur: 1e300 }],
        },
      ],
    })
    await expectVerdict(
      (doc) => (entryOf(doc, id)?.get('cost') as { funding?: unknown[] })?.funding?.length === 1,
      /valid measure/,
    )
  })

  it('a card’s costs and funding by year, when they add up, are stored', async () => {
    const id = await mallorysCard()
    updateMeasure(mallory.doc, id, {
      cost: {
        capexEur: 1000,
        opexEurPerYear: 0,
        capexByYear: [
          { year: 2027, eur: 600 },
          { year: 2028, eur: 400 },
        ],
        opexByYear: [{ year: 2028, eur: -20 }],
        funding: [
          {
            source: 'EIB',
            type: 'loan',
            status: 'applied',
            amountEur: 500,
            byYear: [{ year: 2027, eur: 500 }],
          },
        ],
      },
    })
    await waitFor(
      async () => getMeasure(await stored(), id)?.cost.capexByYear?.length === 2,
      'the figures to be stored',
    )
    expect(mallory.denials).toEqual([])
  })

  it('[P21] a measure is never deleted, not even by its proposer', async () => {
    const id = await mallorysCard()
    mallory.doc.getMap('measures').delete(id)
    await expectVerdict((doc) => entryOf(doc, id) === undefined, /withdrawn, never deleted/)
  })

  it('[P15] Mallory neither edits Anna’s comment nor takes back Anna’s reaction', async () => {
    const { id } = propose(anna, 'Bike lanes')
    const comment = addComment(anna.doc, {
      measureId: id,
      authorParticipantId: anna.participantId,
      text: 'Yes please',
    })
    toggleReaction(anna.doc, { measureId: id, participantId: anna.participantId, kind: 'love' })
    await waitFor(
      () => mallory.doc.getMap('reactions').size === 1 && mallory.doc.getMap('comments').size === 1,
      'Anna’s comment and reaction to reach Mallory',
    )
    mallory.doc.transact(() => {
      const entry = mallory.doc.getMap<Y.Map<unknown>>('comments').get(comment.id)!
      entry.set('text', 'No thanks')
      mallory.doc.getMap('reactions').clear()
    })
    await expectVerdict(
      (doc) =>
        doc.getMap<Y.Map<unknown>>('comments').get(comment.id)?.get('text') === 'No thanks' ||
        doc.getMap('reactions').size === 0,
      /only your own comments|only for yourself/,
    )
  })

  it(`[P22] a participant proposes at most ${MAX_MEASURES_PER_PERSON} measures`, async () => {
    for (let i = 0; i < MAX_MEASURES_PER_PERSON + 1; i++) propose(mallory, `Card ${i}`)
    const mine = (doc: Y.Doc) =>
      [...doc.getMap<MeasureEntry>('measures').values()].filter(
        (entry) =>
          (entry.get('proposer') as { participantId: string }).participantId ===
          mallory.participantId,
      ).length
    await expectVerdict((doc) => mine(doc) > MAX_MEASURES_PER_PERSON, /at most 200 measures/)
    if (holds) expect(mine(await stored())).toBe(MAX_MEASURES_PER_PERSON)
  })
})
