import {
  addMeasure,
  type CreateWorkshopResponse,
  EMISSION_SECTORS,
  FIELDS_OF_ACTION,
  type JoinResponse,
  listMeasures,
  type MeasureFields,
  type Participant,
} from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { postJson, waitFor } from '../scenario.ts'

/**
 * A workshop with a board of `count` cards, written by its facilitator through the stock
 * provider, as a room of proposers would have left it: varied titles, fields, sectors, figures.
 */

export interface SeededWorkshop {
  workshopId: string
  joinCode: string
  facilitatorToken: string
  facilitator: Participant
  /** Writes more cards as the facilitator, while the browser watches. */
  writer: BoardWriter
}

export interface BoardWriter {
  add(count: number): void
  added(): number
  close(): void
}

const WORDS = [
  'Cargo bikes for municipal deliveries',
  'Solar roofs on schools',
  'Night trams on weekends',
  'Heat pumps for social housing',
  'Car-free school streets',
  'District heating from waste heat',
  'Green roofs on bus shelters',
  'Repair café in every library',
  'Tree-lined streets',
  'Electric ferries',
]

let serial = 0
export function cardFields(index: number): MeasureFields {
  serial += 1
  const field = FIELDS_OF_ACTION[index % FIELDS_OF_ACTION.length]!
  const sector = EMISSION_SECTORS[index % EMISSION_SECTORS.length]!
  const base = makeMeasureFields()
  return {
    ...base,
    title: `${WORDS[index % WORDS.length]} #${serial}`,
    description: `Proposal ${serial}: what it changes for the neighbourhood, in a sentence or two.`,
    fieldOfAction: field,
    emissionSectors: [sector],
    reduction: { ...base.reduction, tCO2ePerYearBySector: { [sector]: 50 + ((index * 37) % 900) } },
    cost: { capexEur: 10_000 * (1 + (index % 90)), opexEurPerYear: 0, funding: [] },
  }
}

function connectBoard(serverUrl: string, workshopId: string, token: string) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(
    `${serverUrl.replace(/^http/, 'ws')}/sync/${workshopId}`,
    'board',
    doc,
    {
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  )
  return { doc, provider }
}

export async function seedWorkshop(serverUrl: string, count: number): Promise<SeededWorkshop> {
  const created = await postJson<CreateWorkshopResponse>(`${serverUrl}/api/workshops`, {
    title: 'Climate evening in Malmö',
    city: 'Malmö',
    facilitatorName: 'Frida',
  })
  const workshopId = created.workshop.id
  const token = created.facilitatorToken
  const { doc, provider } = connectBoard(serverUrl, workshopId, token)
  await waitFor(() => provider.synced, 30_000, 'the seeding provider to sync')
  const proposer = { participantId: created.participant.id, actorId: null }
  const started = Date.now()
  // Batches keep each sync message well under the server's frame limit.
  for (let done = 0; done < count; done += 100) {
    doc.transact(() => {
      for (let i = done; i < Math.min(count, done + 100); i++) {
        addMeasure(doc, {
          fields: cardFields(i),
          proposer,
          now: new Date(started - (count - i) * 1000),
        })
      }
    })
    await new Promise((r) => setTimeout(r, 50))
  }
  // Another connection that sees them all: the server stored them.
  const check = connectBoard(serverUrl, workshopId, token)
  await waitFor(
    () => check.provider.synced && listMeasures(check.doc).length >= count,
    60_000,
    `the server to hold ${count} cards`,
  )
  check.provider.awareness.destroy()
  check.provider.destroy()

  let added = 0
  const writer: BoardWriter = {
    add(n) {
      doc.transact(() => {
        for (let i = 0; i < n; i++) {
          addMeasure(doc, { fields: cardFields(count + added), proposer })
          added += 1
        }
      })
    },
    added: () => added,
    // The awareness keeps a timer of its own: without it the process would not end.
    close: () => {
      provider.awareness.destroy()
      provider.destroy()
    },
  }
  return {
    workshopId,
    joinCode: created.joinCode,
    facilitatorToken: token,
    facilitator: created.participant,
    writer,
  }
}

export async function joinAs(
  serverUrl: string,
  joinCode: string,
  displayName: string,
): Promise<JoinResponse> {
  return postJson<JoinResponse>(`${serverUrl}/api/join`, { code: joinCode, displayName })
}
