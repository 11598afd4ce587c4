import { isPlanSeeded, planSections } from '@pactboard/shared'
import { readPlanDocument, seedPlanDocument } from '@pactboard/shared/editor'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient } from '../../../test/helpers/clients.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'

/** The server seeds the plan document of a new workshop once (issue 4), never a client. */
describe('seeding the plan of a new workshop', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  const create = (language: 'en' | 'sv') =>
    server.createWorkshop({ title: 'Klimatkväll', language })

  const headingsOf = (json: ReturnType<typeof readPlanDocument>) =>
    (json.content ?? [])
      .filter((node) => node.type === 'heading')
      .map((node) => node.content?.map((text) => text.text).join(''))

  it('writes the sections of the Action Plan in the workshop language, and stores them', async () => {
    const { workshop } = await create('sv')
    const plan = { workshopId: workshop.id, doc: 'plan' } as const
    const seeded = await server.context.registry.write(plan, (doc) => ({
      headings: headingsOf(readPlanDocument(doc)),
      seeded: isPlanSeeded(doc),
    }))
    expect(seeded.headings).toEqual(planSections('sv').map((s) => s.title))
    expect(seeded.seeded).toBe(true)
    expect((await server.context.store.docStats(plan)).updates).toBeGreaterThan(0)
  })

  it('changes nothing when asked to seed a second time', async () => {
    const { workshop } = await create('en')
    const plan = { workshopId: workshop.id, doc: 'plan' } as const
    const before = await server.context.store.docStats(plan)
    const again = await server.context.registry.write(plan, (doc) => seedPlanDocument(doc, 'sv'))
    expect(again).toBe(false)
    expect(await server.context.store.docStats(plan)).toEqual(before)
    const headings = await server.context.registry.write(plan, (doc) =>
      headingsOf(readPlanDocument(doc)),
    )
    expect(headings).toEqual(planSections('en').map((s) => s.title))
  })

  it('hands the seeded plan to a client that connects to it', async () => {
    const { workshop, facilitatorToken } = await create('en')
    const client = connectClient(server.syncUrl, workshop.id, 'plan', facilitatorToken)
    try {
      await client.synced()
      expect(headingsOf(readPlanDocument(client.doc))).toEqual(
        planSections('en').map((s) => s.title),
      )
      expect(isPlanSeeded(client.doc)).toBe(true)
    } finally {
      client.destroy()
    }
  })
})
