import {
  type CreateWorkshopResponse,
  formatJoinCode,
  type JoinResponse,
  listActors,
  listParticipants,
} from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'

describe('POST /api/join', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  const join = (payload: object) => server.app.inject({ method: 'POST', url: '/api/join', payload })

  it('joins with the code as people type it and registers the participant in the ledger', async () => {
    const { workshop, joinCode } = await server.createWorkshop()
    const typed = formatJoinCode(joinCode).toLowerCase()
    const response = await join({ code: ` ${typed} `, displayName: 'Anna' })
    expect(response.statusCode).toBe(200)
    const body = response.json<JoinResponse>()
    expect(body.workshopId).toBe(workshop.id)
    expect(body.workshop).toEqual(workshop)
    expect(body.participant).toMatchObject({ displayName: 'Anna', role: 'participant' })
    const verified = await server.context.tokens.verify(body.token)
    expect(verified.ok && verified.claims.role).toBe('participant')
    const ledger = await server.context.registry.write(
      { workshopId: workshop.id, doc: 'ledger' },
      listParticipants,
    )
    expect(ledger.map((p) => p.displayName)).toEqual(['Facilitator', 'Anna'])
  })

  it('answers 404 JOIN_CODE_UNKNOWN for a code no workshop has, or that cannot be one', async () => {
    for (const code of ['QQQ-QQQ', 'hello!']) {
      const response = await join({ code, displayName: 'Anna' })
      expect(response.statusCode).toBe(404)
      expect(response.json().error.code).toBe('JOIN_CODE_UNKNOWN')
    }
  })

  it('tells the join screen the languages of the workshop behind a code, and nothing else', async () => {
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/workshops',
      payload: {
        title: 'Ilmastoilta',
        city: 'Espoo',
        language: 'fi',
        settings: { secondLanguage: 'sv' },
      },
    })
    const { joinCode } = created.json<CreateWorkshopResponse>()
    const languages = (payload: object) =>
      server.app.inject({ method: 'POST', url: '/api/join/languages', payload })
    const response = await languages({ code: formatJoinCode(joinCode).toLowerCase() })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ languages: ['fi', 'sv'] })
    const unknown = await languages({ code: 'QQQ-QQQ' })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('JOIN_CODE_UNKNOWN')
    expect((await languages({ invite: 'x'.repeat(40) })).json().error.code).toBe('UNAUTHORIZED')
  })

  it('answers 400 with issues when the display name is missing', async () => {
    const { joinCode } = await server.createWorkshop()
    const response = await join({ code: joinCode, displayName: '   ' })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.issues[0].path).toBe('displayName')
  })

  it('puts a company representative’s organisation on the board as an actor', async () => {
    const { workshop, joinCode } = await server.createWorkshop()
    const response = await join({
      code: joinCode,
      displayName: 'Bo',
      role: 'company',
      actor: { name: 'Umeå Energi', kind: 'utility', sector: 'Energy' },
    })
    expect(response.statusCode).toBe(200)
    const { participant, token } = response.json<JoinResponse>()
    const actors = await server.context.registry.write(
      { workshopId: workshop.id, doc: 'board' },
      listActors,
    )
    expect(actors).toMatchObject([{ name: 'Umeå Energi', kind: 'utility' }])
    expect(participant).toMatchObject({ role: 'company', actorId: actors[0]?.id })
    const verified = await server.context.tokens.verify(token)
    expect(verified.ok && verified.claims.actorId).toBe(actors[0]?.id)
  })

  it('asks a company representative to name their organisation', async () => {
    const { joinCode } = await server.createWorkshop()
    const response = await join({ code: joinCode, displayName: 'Bo', role: 'company' })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.issues[0].path).toBe('actor')
  })

  it('[P9] refuses the other roles without an invite (403)', async () => {
    const { joinCode } = await server.createWorkshop()
    for (const role of ['facilitator', 'planner', 'observer']) {
      const response = await join({ code: joinCode, displayName: 'Eve', role })
      expect(response.statusCode).toBe(403)
      expect(response.json().error).toMatchObject({ code: 'FORBIDDEN' })
      expect(response.json().error.message).toContain('invite')
    }
  })
})
