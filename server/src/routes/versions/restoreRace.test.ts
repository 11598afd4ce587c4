import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  ListVersionsResponse,
  SaveVersionResponse,
  VersionContentResponse,
} from '@pactboard/shared'
import { readPlanDocument, replacePlanDocument } from '@pactboard/shared/editor'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { SqliteStore } from '../../storage/SqliteStore.ts'
import type { DocKey, StoredVersion } from '../../storage/Store.ts'

/** A store that lets the test act right after a version is saved, as a concurrent editor would. */
class HookedStore extends SqliteStore {
  afterSave: ((version: StoredVersion) => Promise<void>) | null = null
  override saveVersion(key: DocKey, version: StoredVersion) {
    super.saveVersion(key, version)
    return this.afterSave?.(version)
  }
}

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

describe('restoring a version while someone edits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pactboard-restore-'))
  const store = new HookedStore(join(dir, 'pactboard.sqlite'))
  let server: TestServer
  beforeAll(async () => {
    server = await startServer({}, { store })
  })
  afterAll(async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('keeps an edit that lands between the backup and the restore in a second backup', async () => {
    const { workshop, facilitatorToken } = await server.createWorkshop()
    const plan: DocKey = { workshopId: workshop.id, doc: 'plan' }
    const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
      server.app.inject({
        method,
        url: `/api/workshops/${workshop.id}/plan/versions${url}`,
        payload,
        headers: { authorization: `Bearer ${facilitatorToken}` },
      })
    const write = (text: string) =>
      server.context.registry.write(plan, (doc) => replacePlanDocument(doc, paragraph(text)))

    await write('Old')
    const old = (await call('POST', '', { name: 'Old' })).json<SaveVersionResponse>().version
    await write('Newer')
    store.afterSave = async (version) => {
      store.afterSave = null
      if (version.name.startsWith('Before restoring')) await write('Typed during the restore')
    }

    const restore = await call('POST', `/${old.id}/restore`)
    expect(restore.statusCode).toBe(200)
    const { versions } = (await call('GET', '')).json<ListVersionsResponse>()
    expect(versions.map((v) => v.name)).toEqual([
      'Restored “Old”',
      'Before restoring “Old”',
      'Before restoring “Old”',
      'Old',
    ])
    const texts = []
    for (const version of versions) {
      const content = (await call('GET', `/${version.id}`)).json<VersionContentResponse>()
      texts.push(content.document.content?.[0]?.content?.[0]?.text)
    }
    expect(texts).toEqual(['Old', 'Typed during the restore', 'Newer', 'Old'])
    const live = await server.context.registry.write(plan, (doc) => readPlanDocument(doc))
    expect(live.content?.[0]?.content?.[0]?.text).toBe('Old')
  })
})
