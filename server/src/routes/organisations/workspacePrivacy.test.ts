import type { CreateWorkshopResponse, ListOrganisationsResponse } from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  cellsHoldingInFile,
  filesHold,
  rowsOfWorkshopInFile,
} from '../../../test/helpers/database.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { setUpWorkspace } from '../account/staffTestKit.ts'
import { workspaceWorkshop } from '../candidates/candidateTestKit.ts'
import {
  addToWorkspace,
  asBearer,
  asStaff,
  boardActors,
  ENERGI,
  joinWithInvite,
  staffInvite,
} from '../workspaceOrganisations/organisationTestKit.ts'

const SIGNE = ENERGI.responsiblePerson

describe('[W24] the workspace’s organisations and personal data', () => {
  let server: TestServer
  let malmo: string
  let first: CreateWorkshopResponse
  let second: CreateWorkshopResponse
  let energiId: string
  beforeAll(async () => {
    server = await startServer()
    malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
    first = await workspaceWorkshop(server, malmo, 'Kvällsmöte')
    second = await workspaceWorkshop(server, malmo, 'Frukostmöte')
    energiId = (await addToWorkspace(server, malmo)).id
    await joinWithInvite(
      server,
      await staffInvite(server, malmo, energiId, second.workshop.id),
      'Erik',
    )
  })
  afterAll(() => server.close())

  const record = async () =>
    (await asStaff(server, malmo, 'GET', '/api/workspace/organisations'))
      .json<ListOrganisationsResponse>()
      .organisations.find((o) => o.id === energiId)

  it('[W24][G1] deleting a workshop deletes its copy and keeps the workspace’s organisation for its other workshops', async () => {
    const doomed = await workspaceWorkshop(server, malmo, 'Vårmöte')
    await joinWithInvite(
      server,
      await staffInvite(server, malmo, energiId, doomed.workshop.id),
      'Bo',
    )
    const deleted = await asBearer(
      server,
      doomed.facilitatorToken,
      'DELETE',
      `/api/workshops/${doomed.workshop.id}`,
    )
    expect(deleted.statusCode).toBe(200)
    for (const [table, count] of Object.entries(
      rowsOfWorkshopInFile(server.dataDir, doomed.workshop.id),
    )) {
      expect(count, table).toBe(0)
    }
    expect(await record()).toMatchObject(ENERGI)
    expect((await boardActors(server, second.workshop.id)).map((a) => a.id)).toEqual([energiId])
  })

  it('[W24][G2] erasing the person who is its signatory takes their name off the workspace’s record and every board, and out of the files', async () => {
    const signe = await joinWithInvite(
      server,
      await staffInvite(server, malmo, energiId, first.workshop.id),
      SIGNE,
    )
    expect(cellsHoldingInFile(server.dataDir, SIGNE)).toContain('organisations.signatory_name')
    const erased = await asBearer(
      server,
      first.facilitatorToken,
      'POST',
      `/api/workshops/${first.workshop.id}/participants/${signe.participant.id}/erase`,
    )
    expect(erased.statusCode).toBe(200)
    expect(await record()).toMatchObject({ ...ENERGI, responsiblePerson: '', position: '' })
    for (const workshop of [first, second]) {
      const copy = (await boardActors(server, workshop.workshop.id)).find((a) => a.id === energiId)
      expect(copy, workshop.workshop.title).toMatchObject({ responsiblePerson: '', position: '' })
    }
    expect(cellsHoldingInFile(server.dataDir, SIGNE)).toEqual([])
    expect(filesHold(server.dataDir, SIGNE)).toEqual([])
  })
})
