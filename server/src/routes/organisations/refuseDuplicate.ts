import { type Actor, findSameOrganisation } from '@pactboard/shared'
import { ApiError } from '../../errors.ts'

/** [P25] One organisation per name or number: the one already there, as an error. */
export function refuseDuplicate(
  actors: readonly Actor[],
  candidate: { name: string; orgNumber?: string | undefined },
  except: string | null = null,
): void {
  const same = findSameOrganisation(
    actors.filter((a) => a.id !== except),
    candidate,
  )
  if (same) {
    throw new ApiError(
      'ORGANISATION_EXISTS',
      `${same.name} is already in this workshop; its people join with its invite link`,
    )
  }
}
