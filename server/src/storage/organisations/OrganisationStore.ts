import {
  type Actor,
  type ActorPatch,
  actorPatchSchema,
  actorSchema,
  organisationKey,
} from '@pactboard/shared'
import type { MaybePromise } from '../storeShapes.ts'

/**
 * The workspace's directory of organisations (docs/workspaces.md, "Organisations"):
 * `organisations`, a workspace's table, outlives every workshop. An organisation here is the
 * `Actor` a workshop's board holds, under the same id. Every method takes the workspace, so an
 * organisation of another workspace is none ([W20]).
 */

/** [W20] The workspace has an organisation of that name or number already: this one. */
export class OrganisationExistsError extends Error {
  override name = 'OrganisationExistsError'
  constructor(readonly existing: Actor) {
    super(`${existing.name} is already in the workspace`)
  }
}

export class OrganisationNotFoundError extends Error {
  override name = 'OrganisationNotFoundError'
}

export interface OrganisationStore {
  /**
   * [W20] Adds `organisation` (its id and createdAt as given). One per name (case, spaces and
   * punctuation aside) and one per organisation number in a workspace, held by unique
   * constraints, so two racing adds cannot both pass: OrganisationExistsError with the one
   * there. UnknownWorkspaceError when there is no such workspace.
   */
  addOrganisation(workspaceId: string, organisation: Actor, now: string): MaybePromise<Actor>
  /** The workspace's organisations, by name. */
  listOrganisations(workspaceId: string): MaybePromise<Actor[]>
  getOrganisation(workspaceId: string, id: string): MaybePromise<Actor | null>
  /** [W20] The workspace's organisation that `candidate` names (name or number), or null. */
  findSameOrganisation(
    workspaceId: string,
    candidate: { name: string; orgNumber?: string | undefined },
  ): MaybePromise<Actor | null>
  /**
   * Changes an organisation's details in ONE transaction (two edits of different details both
   * stay). OrganisationNotFoundError; OrganisationExistsError when the new name or number is
   * another's.
   */
  updateOrganisation(
    workspaceId: string,
    id: string,
    patch: ActorPatch,
    now: string,
  ): MaybePromise<Actor>
}

/** A row of `organisations` as both databases return it. */
export interface OrganisationRow {
  id: string
  workspace_id: string
  name: string
  name_key: string
  kind: string
  org_number: string
  number_key: string | null
  sector: string
  legal_form: string
  signatory_name: string
  signatory_position: string
  created_at: string
  updated_at: string
}

export function toOrganisation(row: OrganisationRow): Actor {
  return actorSchema.parse({
    id: row.id,
    name: row.name,
    kind: row.kind,
    orgNumber: row.org_number,
    sector: row.sector,
    legalForm: row.legal_form,
    responsiblePerson: row.signatory_name,
    position: row.signatory_position,
    createdAt: row.created_at,
  })
}

/** The row's columns for an organisation: the keys its unique constraints hold ([W20]). */
export function organisationColumns(
  workspaceId: string,
  organisation: Actor,
  now: string,
): OrganisationRow {
  const valid = actorSchema.parse(organisation)
  const numberKey = organisationKey(valid.orgNumber)
  return {
    id: valid.id,
    workspace_id: workspaceId,
    name: valid.name,
    name_key: organisationKey(valid.name),
    kind: valid.kind,
    org_number: valid.orgNumber,
    number_key: numberKey === '' ? null : numberKey,
    sector: valid.sector,
    legal_form: valid.legalForm,
    signatory_name: valid.responsiblePerson,
    signatory_position: valid.position,
    created_at: valid.createdAt,
    updated_at: now,
  }
}

/** The organisation with `patch` laid over it, checked as a whole. */
export function patched(current: Actor, patch: ActorPatch): Actor {
  return actorSchema.parse({ ...current, ...actorPatchSchema.parse(patch) })
}

/** The keys to look an organisation up by: its name's and, when it has one, its number's. */
export function lookupKeys(candidate: { name: string; orgNumber?: string | undefined }): {
  nameKey: string
  numberKey: string | null
} {
  const numberKey = organisationKey(candidate.orgNumber ?? '')
  return {
    nameKey: organisationKey(candidate.name),
    numberKey: numberKey === '' ? null : numberKey,
  }
}
