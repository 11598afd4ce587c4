import {
  type Actor,
  type ActorInput,
  actorInputSchema,
  getActor,
  listActors,
  newId,
  restoreActor,
} from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import {
  OrganisationExistsError,
  OrganisationNotFoundError,
} from '../../storage/organisations/OrganisationStore.ts'
import { WorkshopDeletedError } from '../../sync/RoomRegistry.ts'
import { refuseDuplicate } from './refuseDuplicate.ts'

/**
 * A workshop of a workspace keeps no directory of its own ([W21]): its organisations are the
 * workspace's (`store.organisations`), and its board holds a copy of each that takes part there,
 * under the workspace organisation's id. The board's copy is what the workshop's screens, its
 * commitments and its exports read; the workspace's record is the truth the copies follow
 * ([W22]). Organisations a board held before its workspace kept the directory stay that board's
 * own, and no workspace organisation of their name or number joins them there.
 */

type Deps = Pick<AppContext, 'store' | 'registry'>

/** The store's refusals in the API's words. */
export function organisationError(error: unknown): unknown {
  if (error instanceof OrganisationExistsError) {
    return new ApiError(
      'ORGANISATION_EXISTS',
      `${error.existing.name} is already in the workspace; its people join with its invite link`,
    )
  }
  if (error instanceof OrganisationNotFoundError) {
    return new ApiError('ORGANISATION_NOT_FOUND', 'No such organisation in your workspace')
  }
  return error
}

export async function refusedAsApiError<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw organisationError(error)
  }
}

/** [W20] A new organisation in the workspace's directory; 409 when it has one of that name or number. */
export function addToWorkspace(
  { store }: Pick<Deps, 'store'>,
  workspaceId: string,
  input: ActorInput,
): Promise<Actor> {
  const now = new Date().toISOString()
  const organisation: Actor = { ...actorInputSchema.parse(input), id: newId(), createdAt: now }
  return refusedAsApiError(() =>
    store.organisations.addOrganisation(workspaceId, organisation, now),
  )
}

/** [P25] 409 when the workshop's board has another organisation of this one's name or number. */
export async function refuseClashOnBoard(
  { registry }: Pick<Deps, 'registry'>,
  workshopId: string,
  organisation: { id?: string; name: string; orgNumber?: string | undefined },
): Promise<void> {
  await registry.write({ workshopId, doc: 'board' }, (doc) =>
    refuseDuplicate(listActors(doc), organisation, organisation.id ?? null),
  )
}

/**
 * [W21] The workspace's organisation on the workshop's board under its own id, as the workspace
 * has it now; 409 when the board has another of its name or number (one from before).
 */
export async function putOnBoard(
  { registry }: Pick<Deps, 'registry'>,
  workshopId: string,
  organisation: Actor,
): Promise<Actor> {
  return registry.write({ workshopId, doc: 'board' }, (doc) => {
    refuseDuplicate(listActors(doc), organisation, organisation.id)
    if (!sameDetails(getActor(doc, organisation.id), organisation)) restoreActor(doc, organisation)
    return organisation
  })
}

/**
 * [W22] The workspace's record copied onto every board of the workspace that holds the
 * organisation, so each workshop's screens and exports show it as the workspace has it. Reads
 * every board of the workspace, as its register does; an edit is a person's action, not a
 * stream. The workshops whose board changed.
 */
export async function writeToBoards(
  { store, registry }: Deps,
  workspaceId: string,
  organisation: Actor,
): Promise<string[]> {
  const changed: string[] = []
  for (const { workshop } of await store.accounts.listWorkspaceWorkshops(workspaceId)) {
    try {
      const wrote = await registry.write({ workshopId: workshop.id, doc: 'board' }, (doc) => {
        const copy = getActor(doc, organisation.id)
        if (!copy || sameDetails(copy, organisation)) return false
        restoreActor(doc, organisation)
        return true
      })
      if (wrote) changed.push(workshop.id)
    } catch (error) {
      // A workshop deleted meanwhile has no board to follow the record.
      if (!(error instanceof WorkshopDeletedError)) throw error
    }
  }
  return changed
}

function sameDetails(copy: Actor | null, organisation: Actor): boolean {
  if (!copy) return false
  return (Object.keys(organisation) as (keyof Actor)[]).every(
    (key) => copy[key] === organisation[key],
  )
}
