import { z } from 'zod'
import type { Actor } from '../domain/actor.ts'
import type { CreateInviteResponse } from './api.ts'

/**
 * The workspace's directory of organisations over HTTP (docs/workspaces.md, "Organisations"),
 * for its staff by their session cookie; no route takes a workspace id ([W1], [W20]). The
 * bodies of an add and an edit are an `ActorInput` and an `ActorPatch`, as in a workshop.
 *
 *   GET   /api/workspace/organisations                               the directory, by name
 *   POST  /api/workspace/organisations              ActorInput       [W20] add (201)
 *   PATCH /api/workspace/organisations/:id          ActorPatch       [W20] edit; every board follows
 *   POST  /api/workspace/organisations/:id/invites  { workshopId }   [W23] a representative's link
 */

export interface ListOrganisationsResponse {
  organisations: Actor[]
}

/** [W23] An invite link for one of the organisation's people into one of the workspace's workshops. */
export const organisationInviteRequestSchema = z
  .object({ workshopId: z.string().min(1).max(64) })
  .strict()
export type OrganisationInviteRequest = z.infer<typeof organisationInviteRequestSchema>

export type OrganisationInviteResponse = CreateInviteResponse
