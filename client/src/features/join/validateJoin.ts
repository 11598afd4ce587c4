import {
  type ActorKind,
  actorInputSchema,
  displayNameSchema,
  normalizeJoinCode,
} from '@pactboard/shared'

/** Client-side checks of the join form, before the server sees it; values are i18n keys. */

export interface JoinDraft {
  code: string
  displayName: string
  representsOrganisation: boolean
  organisationName: string
  organisationKind: ActorKind
}

export type JoinErrors = Partial<Record<'code' | 'displayName' | 'organisationName', string>>

/** With an invite link, the invite names the workshop: no code to check. */
export function validateJoin(draft: JoinDraft, withInvite = false): JoinErrors {
  const errors: JoinErrors = {}
  if (!withInvite && normalizeJoinCode(draft.code) === null) errors.code = 'join.errors.codeInvalid'
  const name = displayNameSchema.safeParse(draft.displayName)
  if (!name.success) {
    errors.displayName =
      draft.displayName.trim().length === 0 ? 'join.errors.nameRequired' : 'join.errors.nameTooLong'
  }
  if (draft.representsOrganisation) {
    const org = actorInputSchema.shape.name.safeParse(draft.organisationName)
    if (!org.success) errors.organisationName = 'join.errors.organisationName'
  }
  return errors
}
