import {
  addComment,
  CLOSE_CODES,
  type CreateWorkshopResponse,
  type DeleteWorkshopResponse,
  type JoinResponse,
} from '@pactboard/shared'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  connectClient,
  connectRaw,
  propose,
  type TestClient,
} from '../../../test/helpers/clients.ts'
import { filesHold, rowsOfWorkshopInFile } from '../../../test/helpers/database.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { waitFor } from '../../../test/helpers/waitFor.ts'
import { makeAccount, makeWorkspace } from '../../storage/accounts/accountContract.ts'
import { setUpWorkspace } from '../account/staffTestKit.ts'
import { asStaff, workspaceWorkshop } from '../candidates/candidateTestKit.ts'

const GONE = CLOSE_CODES.notFound.code

describe('[P23][G1] DELETE /api/workshops/:id', () => {
  let server: TestServer
  let workshop: CreateWorkshopResponse
  let anna: JoinResponse
  let title: string
  let staff: string
  const clients: TestClient[] = []

  const deleteAs = (token: string | null, workshopId = workshop.workshop.id) =>
    server.app.inject({
      method: 'DELETE',
      url: `/api/workshops/${workshopId}`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
  const connect = (doc: 'board' | 'control' | 'ledger' | 'plan', token: string) => {
    const client = connectClient(server.syncUrl, workshop.workshop.id, doc, token)
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    // Compacting after a few updates, so the workshop has snapshots as well as updates.
    server = await startServer({}, { compactAfterUpdates: 3 })
    staff = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    title = `Evening ${Math.random().toString(36).slice(2, 8)}`
    // A workshop of a workspace, so that a planner can bring its measures into the list
    workshop = await workspaceWorkshop(server, staff, title)
    anna = await server.join(workshop.joinCode, { displayName: 'Anna Lindqvist' })
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })

  /**
   * Something of the workshop in every table: updates, snapshots, a version, an invite, dots, a
   * removal, a staff account's participant, a public page.
   */
  async function fillEveryTable() {
    const id = workshop.workshop.id
    const board = connect('board', anna.token)
    await board.synced()
    const measure = propose(board, 'Bike lanes on Storgatan')
    addComment(board.doc, {
      measureId: measure.id,
      authorParticipantId: anna.participant.id,
      text: 'Yes',
    })
    const auth = { authorization: `Bearer ${workshop.facilitatorToken}` }
    await server.app.inject({
      method: 'POST',
      url: `/api/workshops/${id}/plan/versions`,
      headers: auth,
      payload: { name: 'Draft' },
    })
    await server.app.inject({
      method: 'POST',
      url: `/api/workshops/${id}/invites`,
      headers: auth,
      payload: { role: 'planner' },
    })
    await server.context.store.putVotes(id, [
      { participantId: anna.participant.id, measureId: measure.id, count: 1 },
    ])
    const bo = await server.join(workshop.joinCode, { displayName: 'Bo' })
    await server.app.inject({
      method: 'DELETE',
      url: `/api/workshops/${id}/participants/${bo.participant.id}`,
      headers: auth,
    })
    // a staff account's participant in it (account_participants)
    const { accounts } = server.context.store
    if (!(await accounts.getWorkspace('ws-1'))) {
      await accounts.createWorkspace(makeWorkspace(), makeAccount())
    }
    await accounts.linkParticipant(id, 'a-1', 'p-staff')
    // brought into the workspace's list (candidate_sources), once the board has it
    await waitFor(
      async () =>
        (
          await asStaff(server, staff, 'POST', '/api/workspace/candidates', {
            workshopId: id,
            measureIds: [measure.id],
          })
        ).statusCode === 200,
      'the measure brought in',
    )
    // the plan's public page (publications)
    await server.app.inject({
      method: 'PUT',
      url: `/api/workshops/${id}/publication`,
      headers: auth,
      payload: { published: true, parts: ['text'] },
    })
    await waitFor(async () => {
      const rows = rowsOfWorkshopInFile(server.dataDir, id)
      return Object.values(rows).every((n) => n > 0)
    }, 'a row of the workshop in every table')
    return board
  }

  it('closes every socket with 4404, then leaves no row of it in any table nor its text in the files', async () => {
    const board = await fillEveryTable()
    const facilitatorLedger = connect('ledger', workshop.facilitatorToken)
    await facilitatorLedger.synced()
    const other = await server.createWorkshop({ title: 'Another evening' })
    const before = rowsOfWorkshopInFile(server.dataDir, other.workshop.id)
    expect(filesHold(server.dataDir, title)).not.toEqual([])

    const response = await deleteAs(workshop.facilitatorToken)
    expect(response.statusCode).toBe(200)
    expect(response.json<DeleteWorkshopResponse>().workshopId).toBe(workshop.workshop.id)
    await waitFor(
      () => board.closeCodes.includes(GONE) && facilitatorLedger.closeCodes.includes(GONE),
      'every connection to close with 4404',
    )

    const after = rowsOfWorkshopInFile(server.dataDir, workshop.workshop.id)
    expect(Object.keys(after)).toEqual(
      expect.arrayContaining([
        'workshops',
        'doc_updates',
        'doc_snapshots',
        'doc_versions',
        'invites',
        'votes',
        'revoked_participants',
        'candidate_sources',
      ]),
    )
    for (const [table, count] of Object.entries(after)) expect(count, table).toBe(0)
    // Not in free pages nor in the write-ahead log either (secure_delete, checkpoint).
    expect(filesHold(server.dataDir, title)).toEqual([])
    expect(filesHold(server.dataDir, 'Bike lanes on Storgatan')).toEqual([])
    expect(rowsOfWorkshopInFile(server.dataDir, other.workshop.id)).toEqual(before)
  })

  it('makes its tokens stop working: the API answers 404, sync 4404, and nothing is stored again', async () => {
    await deleteAs(workshop.facilitatorToken)
    for (const token of [workshop.facilitatorToken, anna.token]) {
      const response = await server.app.inject({
        method: 'GET',
        url: `/api/workshops/${workshop.workshop.id}`,
        headers: { authorization: `Bearer ${token}` },
      })
      expect(response.statusCode).toBe(404)
      expect(response.json().error.code).toBe('WORKSHOP_NOT_FOUND')
    }
    const vote = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshop.workshop.id}/votes/mine`,
      headers: { authorization: `Bearer ${anna.token}` },
    })
    expect(vote.statusCode).toBe(404)
    const raw = connectRaw(`${server.syncUrl}/${workshop.workshop.id}/board?token=${anna.token}`)
    expect((await raw.closed).code).toBe(GONE)
    expect((await deleteAs(workshop.facilitatorToken)).statusCode).toBe(404)
    for (const count of Object.values(rowsOfWorkshopInFile(server.dataDir, workshop.workshop.id))) {
      expect(count).toBe(0)
    }
    // The server refuses to write a room of it, whoever asks.
    await expect(
      server.context.registry.write({ workshopId: workshop.workshop.id, doc: 'board' }, () => {}),
    ).rejects.toMatchObject({ name: 'WorkshopDeletedError' })
  })

  it('refuses a connection whose admission was already past the store check', async () => {
    // What an admission racing the deletion sees: the store still had the workshop, the
    // registry, which closed its rooms first, then says no.
    await server.context.registry.closeWorkshop(workshop.workshop.id)
    const raw = connectRaw(`${server.syncUrl}/${workshop.workshop.id}/board?token=${anna.token}`)
    expect(await raw.closed).toEqual({ code: GONE, reason: 'No such workshop or document' })
    expect(await server.context.store.getWorkshop(workshop.workshop.id)).not.toBeNull()
  })

  it('refuses a participant, a planner, another workshop’s facilitator, an expired token and none', async () => {
    const planner = await server.tokenFor(workshop.workshop.id, 'planner')
    for (const token of [anna.token, planner]) {
      const response = await deleteAs(token)
      expect(response.statusCode).toBe(403)
      expect(response.json().error).toEqual({
        code: 'FORBIDDEN',
        message: 'Only a facilitator deletes the workshop',
      })
    }
    const other = await server.createWorkshop()
    const foreign = await deleteAs(other.facilitatorToken)
    expect(foreign.statusCode).toBe(403)
    const expired = await server.context.tokens.sign(
      {
        workshopId: workshop.workshop.id,
        participantId: workshop.participant.id,
        role: 'facilitator',
        actorId: null,
      },
      -1,
    )
    const late = await deleteAs(expired)
    expect(late.statusCode).toBe(401)
    expect(late.json().error).toEqual({ code: 'UNAUTHORIZED', message: 'The token has expired' })
    expect((await deleteAs(null)).statusCode).toBe(401)
    // and none of them deleted anything
    expect((await server.context.store.getWorkshop(workshop.workshop.id))?.workshop.title).toBe(
      title,
    )
  })
})
