import {
  type ApiErrorBody,
  addMeasure,
  type CreateWorkshopResponse,
  currentAllows,
  type JoinResponse,
  listMeasures,
  listPhases,
  type MyVotesResponse,
  publishedVoteTotals,
  type RevealResultsResponse,
  setCurrentPhase,
  setVotingSettings,
  type VoteResponse,
} from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { postJson, sampleServer, waitFor } from './scenario.ts'
import { percentile } from './stats.ts'
import {
  type Cast,
  countBy,
  isAccepted,
  type VoteCheck,
  type VoteReadback,
  type Voter,
  type VoteScenario,
  verify,
} from './voteChecks.ts'

/**
 * Vote burst: `participants` people join one workshop by its code, the facilitator moves it into
 * the vote phase, and everyone casts their dots through `POST /api/workshops/:id/votes` within a
 * few seconds. Each participant tries more dots than the budget, from "two tabs" at once (two
 * parallel bursts of casts), and some stack more dots on one card than the per-card maximum.
 * Afterwards each voter's own dots (GET …/votes/mine) and, once the facilitator reveals them,
 * the totals in the ledger (read over the sync socket) must hold every accepted cast exactly once
 * and nobody over budget: the store judges each voter's casts one after the other or it does
 * not. Before the reveal the ledger must hold no dots and no totals.
 */

export interface VoteResult {
  scenario: VoteScenario
  participants: number
  attempts: number
  accepted: number
  refused: number
  /** `${status} ${code}` → how many. */
  refusedByCode: Record<string, number>
  burstWallMs: number
  withinWindow: boolean
  latencyP50Ms: number
  latencyP95Ms: number
  latencyP99Ms: number
  latencyMaxMs: number
  /** Dots in the totals the ledger showed after the reveal, and on how many cards. */
  revealedDots: number
  revealedCards: number
  checks: VoteCheck[]
  pass: boolean
  serverRssPeakMiB: number
  serverCpuAvgPct: number
  serverCpuPeakPct: number
}

const JOIN_CONCURRENCY = 10
const REQUEST_TIMEOUT_MS = 30_000

interface SyncedDoc {
  doc: Y.Doc
  provider: WebsocketProvider
}

async function connectDoc(
  serverUrl: string,
  workshopId: string,
  docName: string,
  token: string,
): Promise<SyncedDoc> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(
    `${serverUrl.replace(/^http/, 'ws')}/sync/${workshopId}`,
    docName,
    doc,
    {
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  )
  await waitFor(() => provider.synced, 15_000, `the ${docName} doc to sync`)
  return { doc, provider }
}

/** Destroying the doc too stops its awareness timer, which the provider leaves running. */
function disconnect({ doc, provider }: SyncedDoc): void {
  provider.destroy()
  doc.destroy()
}

async function joinAll(
  serverUrl: string,
  joinCode: string,
  count: number,
): Promise<JoinResponse[]> {
  const joined: JoinResponse[] = new Array(count)
  let next = 0
  const worker = async () => {
    while (next < count) {
      const i = next++
      joined[i] = await postJson<JoinResponse>(`${serverUrl}/api/join`, {
        code: joinCode,
        displayName: `Voter ${i}`,
      })
    }
  }
  await Promise.all(Array.from({ length: JOIN_CONCURRENCY }, worker))
  return joined
}

/**
 * Which cards participant `i` tries: every `stackEvery`-th stacks one more dot than allowed on
 * one card, the rest of the casts go to distinct cards. Alternate casts go to the two tabs, so
 * both tabs hit the stacked card.
 */
function planCasts(scenario: VoteScenario, i: number, measureIds: string[]): [string[], string[]] {
  const base = (i * 7) % measureIds.length
  const stacked = i % scenario.stackEvery === 0 ? scenario.maxPerMeasure + 1 : 1
  const targets: string[] = []
  for (let k = 0; k < scenario.attemptsPerParticipant; k++) {
    const offset = k < stacked ? 0 : k - stacked + 1
    targets.push(measureIds[(base + offset) % measureIds.length]!)
  }
  return [targets.filter((_, k) => k % 2 === 0), targets.filter((_, k) => k % 2 === 1)]
}

async function cast(serverUrl: string, workshopId: string, voter: Voter, measureId: string) {
  const started = performance.now()
  let status = 0
  let outcome: string
  let body: VoteResponse | null = null
  try {
    const response = await fetch(`${serverUrl}/api/workshops/${workshopId}/votes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${voter.token}` },
      body: JSON.stringify({ measureId }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    status = response.status
    const text = await response.text()
    if (isAccepted(status)) {
      outcome = String(status)
      body = JSON.parse(text) as VoteResponse
    } else {
      let code = 'no error code'
      try {
        code = (JSON.parse(text) as ApiErrorBody).error?.code ?? code
      } catch {
        // not JSON: keep the status alone
      }
      outcome = `${status} ${code}`
    }
  } catch (error) {
    outcome = `network ${(error as Error).name}`
  }
  const result: Cast = {
    voter,
    measureId,
    status,
    outcome,
    body,
    latencyMs: performance.now() - started,
  }
  return result
}

async function fetchJson<T>(url: string, token: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/**
 * What the server holds after the burst: the ledger as the room sees it before the reveal, each
 * voter's own dots from the API, then the facilitator reveals and the ledger's totals arrive.
 */
async function readBack(
  serverUrl: string,
  workshopId: string,
  facilitatorToken: string,
  voters: Voter[],
): Promise<VoteReadback> {
  const api = `${serverUrl}/api/workshops/${workshopId}`
  const ledger = await connectDoc(serverUrl, workshopId, 'ledger', facilitatorToken)
  try {
    const beforeReveal = {
      dotEntries: ledger.doc.getMap('votes').size,
      totalsPublished: ledger.doc.getMap('results').size > 0,
    }
    const mine = new Map<string, ReadonlyMap<string, number>>()
    for (const voter of voters) {
      const answer = await fetchJson<MyVotesResponse>(`${api}/votes/mine`, voter.token)
      mine.set(voter.participantId, new Map(Object.entries(answer.votes)))
    }
    const revealed = await fetchJson<RevealResultsResponse>(
      `${api}/votes/reveal`,
      facilitatorToken,
      {
        method: 'PUT',
        body: JSON.stringify({ revealed: true }),
      },
    )
    const expected = JSON.stringify(revealed.totals)
    await waitFor(
      () => JSON.stringify(ledger.doc.getMap('results').get('totals')) === expected,
      15_000,
      'the revealed totals to reach the ledger',
    )
    const published = JSON.stringify(ledger.doc.getMap('results').toJSON())
    return {
      beforeReveal,
      mine,
      totals: publishedVoteTotals(ledger.doc),
      namesInTotals: voters.map((v) => v.participantId).filter((id) => published.includes(id)),
    }
  } finally {
    disconnect(ledger)
  }
}

export async function runVoteScenario(
  serverUrl: string,
  serverPid: number,
  scenario: VoteScenario,
): Promise<VoteResult> {
  const created = await postJson<CreateWorkshopResponse>(`${serverUrl}/api/workshops`, {
    title: 'Vote burst benchmark',
    city: 'Benchtown',
    settings: {
      voteBudgetPerParticipant: scenario.budget,
      maxVotesPerMeasure: scenario.maxPerMeasure,
      moderation: false,
    },
  })
  const workshopId = created.workshop.id
  const token = created.facilitatorToken

  // The facilitator puts the cards on the board and opens the vote phase.
  const board = await connectDoc(serverUrl, workshopId, 'board', token)
  const control = await connectDoc(serverUrl, workshopId, 'control', token)
  const measureIds = Array.from(
    { length: scenario.measures },
    (_, i) =>
      addMeasure(board.doc, {
        fields: makeMeasureFields({ title: `Bench measure ${i + 1}` }),
        proposer: { participantId: created.participant.id, actorId: null },
      }).id,
  )
  const votePhase = listPhases(control.doc).find((p) => p.kind === 'vote')
  if (!votePhase) throw new Error('the workshop agenda has no vote phase')
  setVotingSettings(control.doc, {
    budgetPerParticipant: scenario.budget,
    maxPerMeasure: scenario.maxPerMeasure,
    excludeOwn: false,
  })
  setCurrentPhase(control.doc, votePhase.id)
  // A second pair of connections sees what the server holds, not what the facilitator sent.
  const boardCheck = await connectDoc(serverUrl, workshopId, 'board', token)
  const controlCheck = await connectDoc(serverUrl, workshopId, 'control', token)
  await waitFor(
    () =>
      listMeasures(boardCheck.doc).length === scenario.measures &&
      currentAllows(controlCheck.doc).vote,
    15_000,
    'the server to hold the cards and the vote phase',
  )
  for (const synced of [board, control, boardCheck, controlCheck]) disconnect(synced)

  const joined = await joinAll(serverUrl, created.joinCode, scenario.participants)
  const voters: Voter[] = joined.map((j, i) => ({
    participantId: j.participant.id,
    token: j.token,
    tabs: planCasts(scenario, i, measureIds),
  }))

  const sampler = sampleServer(serverPid)
  const burstStart = performance.now()
  const casts = (
    await Promise.all(
      voters.map(async (voter) => {
        await new Promise((r) => setTimeout(r, Math.random() * scenario.spreadMs))
        // Two tabs at once, each double-tapping all of its casts in parallel.
        const tabs = voter.tabs.map(async (targets, tab) => {
          if (tab > 0) await new Promise((r) => setTimeout(r, Math.random() * 20))
          return Promise.all(targets.map((id) => cast(serverUrl, workshopId, voter, id)))
        })
        return (await Promise.all(tabs)).flat()
      }),
    )
  ).flat()
  const burstWallMs = performance.now() - burstStart
  const samples = await sampler.stop()

  const readback = await readBack(serverUrl, workshopId, token, voters)
  const checks = verify(scenario, voters, casts, readback)

  const accepted = casts.filter((c) => isAccepted(c.status)).length
  const refusedByCode = Object.fromEntries(
    [
      ...countBy(
        casts.filter((c) => !isAccepted(c.status)),
        (c) => c.outcome,
      ),
    ].sort(),
  )
  const latencies = casts.map((c) => c.latencyMs)
  // The burst's timing is reported, not part of the verdict: a slow machine is not a lost vote.
  const pass = checks.every((c) => c.ok)
  return {
    scenario,
    participants: voters.length,
    attempts: casts.length,
    accepted,
    refused: casts.length - accepted,
    refusedByCode,
    burstWallMs,
    withinWindow: burstWallMs <= scenario.windowMs,
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
    latencyP99Ms: percentile(latencies, 99),
    latencyMaxMs: percentile(latencies, 100),
    revealedDots: [...readback.totals.values()].reduce((a, b) => a + b, 0),
    revealedCards: readback.totals.size,
    checks,
    pass,
    serverRssPeakMiB: Math.max(...samples.rss) / 2 ** 20,
    serverCpuAvgPct: samples.cpu.reduce((a, b) => a + b, 0) / Math.max(1, samples.cpu.length),
    serverCpuPeakPct: Math.max(...samples.cpu),
  }
}
