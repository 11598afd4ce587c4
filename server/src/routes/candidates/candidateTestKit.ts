import type {
  BringInResponse,
  CreateWorkshopResponse,
  JoinResponse,
  ReactionKind,
} from '@pactboard/shared'
import { toggleReaction } from '@pactboard/shared'
import type { LightMyRequestResponse } from 'fastify'
import type { TestServer } from '../../../test/helpers/server.ts'
import { workshopDocs } from '../../../test/helpers/workshopDocs.ts'
import { setUpWorkspace } from '../account/staffTestKit.ts'

/** Workshops of a workspace with proposals, dots and reactions, for the candidate list's tests. */

/** A request with the staff session's cookie (and a JSON body when given). */
export function asStaff(
  server: TestServer,
  cookie: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return server.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })
}

/** A workshop created in the cookie's workspace, as a facilitator creates one there. */
export async function workspaceWorkshop(
  server: TestServer,
  cookie: string,
  title: string,
): Promise<CreateWorkshopResponse> {
  const response = await asStaff(server, cookie, 'POST', '/api/workspace/workshops', {
    title,
    city: 'Malmö',
    language: 'sv',
  })
  if (response.statusCode !== 201) throw new Error(`workshop: ${response.body}`)
  return response.json<CreateWorkshopResponse>()
}

export interface Proposer {
  joined: JoinResponse
  /** Proposes a card on the board; its dots and reactions as given. */
  propose(title: string, figures?: { dots?: number; reactions?: ReactionKind[] }): Promise<string>
}

/** Someone who joined the workshop by its code and proposes there. */
export async function proposer(
  server: TestServer,
  workshop: CreateWorkshopResponse,
  displayName: string,
): Promise<Proposer> {
  const joined = await server.join(workshop.joinCode, { displayName })
  const docs = workshopDocs(server, workshop.workshop.id)
  return {
    joined,
    async propose(title, { dots = 0, reactions = [] } = {}) {
      const measureId = await docs.addCard(joined.participant.id, title)
      if (dots > 0) {
        await server.context.store.putVotes(workshop.workshop.id, [
          { participantId: `voter-${measureId}`, measureId, count: dots },
        ])
      }
      await docs.doc('board', (doc) => {
        reactions.forEach((kind, i) => {
          toggleReaction(doc, { measureId, participantId: `reactor-${i}`, kind })
        })
      })
      return measureId
    },
  }
}

/** Malmö's staff session, two workshops of its workspace, and a citizen proposing at each. */
export interface MalmoWorkshops {
  malmo: string
  evening: CreateWorkshopResponse
  breakfast: CreateWorkshopResponse
  anna: Proposer
  cai: Proposer
}

export async function malmoWorkshops(server: TestServer): Promise<MalmoWorkshops> {
  const malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
  const evening = await workspaceWorkshop(server, malmo, 'Kvällsmöte')
  const breakfast = await workspaceWorkshop(server, malmo, 'Frukostmöte')
  return {
    malmo,
    evening,
    breakfast,
    anna: await proposer(server, evening, 'Anna Lindqvist'),
    cai: await proposer(server, breakfast, 'Cai Berg'),
  }
}

/** Brings one measure of a workshop into the cookie's workspace; the candidate's id. */
export async function bringIn(
  server: TestServer,
  cookie: string,
  workshop: CreateWorkshopResponse,
  measureId: string,
): Promise<string> {
  const response = await asStaff(server, cookie, 'POST', '/api/workspace/candidates', {
    workshopId: workshop.workshop.id,
    measureIds: [measureId],
  })
  const [candidate] = response.json<BringInResponse>().candidates
  if (!candidate) throw new Error(response.body)
  return candidate.id
}

/** A planner's status for a candidate (a reason with `rejected`), as the API answers it. */
export function setStatus(
  server: TestServer,
  cookie: string,
  id: string,
  body: object,
): Promise<LightMyRequestResponse> {
  return asStaff(server, cookie, 'PUT', `/api/workspace/candidates/${id}/status`, body)
}
