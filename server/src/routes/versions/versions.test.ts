import {
  addToPortfolio,
  type CreateWorkshopResponse,
  emptyBaseline,
  getPortfolio,
  type ListVersionsResponse,
  type ProseMirrorJSON,
  type RestoreVersionResponse,
  type SaveVersionResponse,
  setPlanFigures,
  type VersionContentResponse,
} from '@pactboard/shared'
import { readPlanDocument, replacePlanDocument } from '@pactboard/shared/editor'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connectClient, type TestClient } from '../../../test/helpers/clients.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { waitFor } from '../../../test/helpers/waitFor.ts'

/** A plan text of one heading and one paragraph, easy to recognise when read back. */
function text(paragraph: string): ProseMirrorJSON {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A-2 Policies' }] },
      { type: 'paragraph', content: [{ type: 'text', text: paragraph }] },
    ],
  }
}

const paragraphOf = (json: ProseMirrorJSON) => json.content?.[1]?.content?.[0]?.text

const figures = { baseline: emptyBaseline(2019), target: { targetYear: 2030, reductionPct: 80 } }

describe('named versions of the plan', () => {
  let server: TestServer
  let created: CreateWorkshopResponse
  let client: TestClient | null = null
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    created = await server.createWorkshop({ title: 'Planners’ sprint', facilitatorName: 'Fatima' })
  })
  afterEach(() => {
    client?.destroy()
    client = null
  })

  const base = () => `/api/workshops/${created.workshop.id}/plan/versions`
  const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    server.app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } })
  const save = (name: string, token = created.facilitatorToken) =>
    call('POST', base(), token, { name })
  const serverPlan = () =>
    server.context.registry.write({ workshopId: created.workshop.id, doc: 'plan' }, (doc) =>
      readPlanDocument(doc),
    )

  /** A planner editing the plan live, over the stock provider. */
  async function connectPlanner(): Promise<TestClient> {
    const token = await server.tokenFor(created.workshop.id, 'planner')
    client = connectClient(server.syncUrl, created.workshop.id, 'plan', token)
    await client.synced()
    return client
  }

  async function edit(planner: TestClient, paragraph: string) {
    replacePlanDocument(planner.doc, text(paragraph))
    await waitFor(async () => paragraphOf(await serverPlan()) === paragraph, 'the edit to arrive')
  }

  it('saves a version named by a facilitator or planner, with the author from the ledger', async () => {
    const response = await save('Draft for council 3 March')
    expect(response.statusCode).toBe(201)
    const { version } = response.json<SaveVersionResponse>()
    expect(version).toMatchObject({
      name: 'Draft for council 3 March',
      author: { participantId: created.participant.id, displayName: 'Fatima' },
    })
    const planner = await server.tokenFor(created.workshop.id, 'planner')
    expect((await save('Planner’s draft', planner)).statusCode).toBe(201)
  })

  it('[P10] refuses to save for a participant or an observer, and without a name', async () => {
    const participant = (await server.join(created.joinCode)).token
    const observer = await server.tokenFor(created.workshop.id, 'observer')
    for (const token of [participant, observer]) {
      const response = await save('Mine', token)
      expect(response.statusCode).toBe(403)
      expect(response.json().error.code).toBe('FORBIDDEN')
    }
    expect((await save('   ')).statusCode).toBe(400)
  })

  it('answers 401 to an expired token', async () => {
    const expired = await server.context.tokens.sign(
      { workshopId: created.workshop.id, participantId: 'p', role: 'planner', actorId: null },
      -1,
    )
    expect((await save('Late', expired)).statusCode).toBe(401)
    expect((await call('GET', base(), expired)).statusCode).toBe(401)
  })

  it('lists versions newest first to anyone in the workshop, and shows one', async () => {
    const planner = await connectPlanner()
    await edit(planner, 'First draft')
    setPlanFigures(planner.doc, figures)
    addToPortfolio(planner.doc, 'm-1')
    await waitFor(async () => {
      const state = await server.context.registry.write(
        { workshopId: created.workshop.id, doc: 'plan' },
        (doc) => getPortfolio(doc),
      )
      return state.length === 1
    }, 'the portfolio to arrive')
    const first = (await save('One')).json<SaveVersionResponse>().version
    await save('Two')

    const participant = (await server.join(created.joinCode)).token
    const list = await call('GET', base(), participant)
    expect(list.statusCode).toBe(200)
    expect(list.json<ListVersionsResponse>().versions.map((v) => v.name)).toEqual(['Two', 'One'])

    const shown = await call('GET', `${base()}/${first.id}`, participant)
    expect(shown.statusCode).toBe(200)
    const content = shown.json<VersionContentResponse>()
    expect(content.version).toEqual(first)
    expect(paragraphOf(content.document)).toBe('First draft')
    expect(content.figures).toEqual(figures)
    expect(content.portfolio).toEqual(['m-1'])

    expect((await call('GET', `${base()}/nope`, participant)).statusCode).toBe(404)
  })

  it('restores a version into the live plan, keeping the newer state as a backup', async () => {
    const planner = await connectPlanner()
    await edit(planner, 'What the council saw')
    const saved = (await save('Council draft')).json<SaveVersionResponse>().version
    await edit(planner, 'Newer work, not to be lost')

    const participant = (await server.join(created.joinCode)).token
    expect((await call('POST', `${base()}/${saved.id}/restore`, participant)).statusCode).toBe(403)

    const response = await call('POST', `${base()}/${saved.id}/restore`, created.facilitatorToken)
    expect(response.statusCode).toBe(200)
    const { backup, restored } = response.json<RestoreVersionResponse>()
    expect(backup.name).toBe('Before restoring “Council draft”')
    expect(restored.name).toBe('Restored “Council draft”')

    // the connected editor sees the restore at once
    await waitFor(
      () => paragraphOf(readPlanDocument(planner.doc)) === 'What the council saw',
      'the planner to see the restored text',
    )
    const list = (await call('GET', base(), participant)).json<ListVersionsResponse>()
    expect(list.versions.map((v) => v.id)).toEqual([restored.id, backup.id, saved.id])
    const backupContent = (
      await call('GET', `${base()}/${backup.id}`, participant)
    ).json<VersionContentResponse>()
    expect(paragraphOf(backupContent.document)).toBe('Newer work, not to be lost')

    // and the restore is stored, not only in memory
    const reloaded = await server.storedDoc(created.workshop.id, 'plan')
    expect(paragraphOf(readPlanDocument(reloaded))).toBe('What the council saw')
  })

  it('answers 403 to a token of another workshop', async () => {
    const other = await server.createWorkshop()
    expect((await call('GET', base(), other.facilitatorToken)).statusCode).toBe(403)
  })
})
