import {
  areResultsRevealed,
  type CreateWorkshopResponse,
  setResultsRevealed,
} from '@pactboard/shared'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { DocPolicies } from '../src/sync/DocPolicy.ts'
import { controlPolicy } from '../src/sync/policies/controlPolicy.ts'
import { DOC_POLICIES } from '../src/sync/policies/index.ts'
import { connectClient, type TestClient } from './helpers/clients.ts'
import { startServer, type TestServer } from './helpers/server.ts'
import { sleep, waitFor } from './helpers/waitFor.ts'

/**
 * [P2] The facilitator writes `control`, but not the keys a route owns: revealing the results
 * publishes the vote totals, so `resultsRevealed` is set through `PUT /votes/reveal` only. Run
 * with the control judge on (refused) and off (the flag lands without any totals: the hole).
 */
const JUDGE_OFF: DocPolicies = { ...DOC_POLICIES, control: { ...controlPolicy, judge: () => null } }

describe.each([
  { judge: 'on', policies: DOC_POLICIES, holds: true },
  { judge: 'off', policies: JUDGE_OFF, holds: false },
])('the facilitator’s control doc (judge $judge)', ({ policies, holds }) => {
  let server: TestServer
  let workshop: CreateWorkshopResponse
  let control: TestClient
  beforeAll(async () => {
    server = await startServer({}, { policies })
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    workshop = await server.createWorkshop()
    control = connectClient(
      server.syncUrl,
      workshop.workshop.id,
      'control',
      workshop.facilitatorToken,
    )
    await control.synced()
  })
  afterEach(() => control.destroy())

  it('[P2] refuses a client setting resultsRevealed; the route is the way', async () => {
    setResultsRevealed(control.doc, true)
    const stored = () => server.storedDoc(workshop.workshop.id, 'control')
    if (!holds) {
      await waitFor(async () => areResultsRevealed(await stored()), 'the flag to land')
      return
    }
    await waitFor(() => control.denials.length > 0, 'the refusal')
    expect(control.denials[0]).toBe('refused: resultsRevealed is set through the server')
    await sleep(30)
    expect(areResultsRevealed(await stored())).toBe(false)
  })
})
