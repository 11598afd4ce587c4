import { getActor, type JoinRequest } from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import {
  addToWorkspace,
  putOnBoard,
  refuseClashOnBoard,
} from '../organisations/workspaceDirectory.ts'

/**
 * [W21] Whom a company representative joining a workshop of a workspace represents: the invite's
 * organisation, on the board already or the workspace's (which then joins the board under its
 * own id); else the one they name by code, which becomes the workspace's, unless the board or
 * the workspace has one of its name or number (409: its people join with its invite link).
 */
export async function workspaceActor(
  deps: Pick<AppContext, 'store' | 'registry'>,
  workshopId: string,
  workspaceId: string,
  inviteActorId: string | null,
  actor: JoinRequest['actor'],
): Promise<string | null> {
  if (inviteActorId !== null) {
    const onBoard = await deps.registry.write(
      { workshopId, doc: 'board' },
      (doc) => getActor(doc, inviteActorId) !== null,
    )
    if (onBoard) return inviteActorId
    const organisation = await deps.store.organisations.getOrganisation(workspaceId, inviteActorId)
    if (!organisation) throw new ApiError('NOT_FOUND', 'The organisation of this invite is gone')
    return (await putOnBoard(deps, workshopId, organisation)).id
  }
  if (!actor) return null
  await refuseClashOnBoard(deps, workshopId, actor)
  const organisation = await addToWorkspace(deps, workspaceId, actor)
  return (await putOnBoard(deps, workshopId, organisation)).id
}
