import { can, getActor, restoreActor } from '@pactboard/shared'
import { withoutPrivateNames } from '@pactboard/shared/plan'
import type { FastifyPluginAsync } from 'fastify'
import type { AppContext } from '../../context.ts'
import { ApiError, fromZodError } from '../../errors.ts'
import { renderWorkspaceRegister } from '../../export/register.ts'
import { contentDisposition } from '../../export/render.ts'
import { registerQuerySchema } from '../exports/index.ts'
import { snapshotDoc } from '../exports/readDocs.ts'

/**
 * [W14] The workspace's commitments register: `GET /api/workspace/commitments/export?format=csv|xlsx`
 * gives a signed-in staff member every commitment signed in any of the workspace's workshops,
 * one sheet, a column naming the workshop, with the same privacy levels as a workshop's register
 * ([G4]: organisations and their signatories named, the person who clicked "sign" never; the
 * anonymised level names no person at all). The session cookie says which workspace ([W1]).
 * An organisation of the workspace's directory is one organisation, under one id and with the
 * workspace's details, in whichever workshops it signed ([W22]).
 */
export const workspaceRegisterRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, registry, sessions } = context

  app.get('/api/workspace/commitments/export', async (request, reply) => {
    const account = await sessions.require(request, reply)
    if (!can(account.role, 'export')) {
      throw new ApiError('FORBIDDEN', 'Only facilitators and planners export the register')
    }
    const query = registerQuerySchema.safeParse(request.query)
    if (!query.success) throw fromZodError(query.error)
    const workspace = await store.accounts.getWorkspace(account.workspaceId)
    if (!workspace) throw new ApiError('NOT_FOUND', 'No such workspace')
    const language = query.data.lang ?? workspace.language
    const organisations = await store.organisations.listOrganisations(workspace.id)
    const workshops = await Promise.all(
      (await store.accounts.listWorkspaceWorkshops(workspace.id)).map(async ({ workshop }) => {
        const [board, ledger] = await Promise.all([
          snapshotDoc(registry, workshop.id, 'board'),
          snapshotDoc(registry, workshop.id, 'ledger'),
        ])
        // [W22] A workspace's organisation as the workspace has it, in every workshop alike.
        for (const organisation of organisations) {
          if (getActor(board, organisation.id)) restoreActor(board, organisation)
        }
        // Copies: the live docs keep their names.
        withoutPrivateNames({ ledger, board }, query.data.privacy, language)
        return { title: workshop.title, board, ledger }
      }),
    )
    const rendered = await renderWorkspaceRegister(
      query.data.format,
      { workspaceName: workspace.name, workshops, now: new Date() },
      language,
    )
    return reply
      .header('content-type', rendered.contentType)
      .header('content-disposition', contentDisposition(rendered.fileName))
      .header('cache-control', 'no-store')
      .send(rendered.body)
  })
}
