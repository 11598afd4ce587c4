import { z } from 'zod'
import { ACTOR_KINDS } from './enums.ts'

/**
 * An organisation or group that can be responsible for, or commit to, a measure. The optional
 * columns are exactly those of the CCC Commitments' signatories table.
 */
export const actorInputSchema = z.object({
  name: z.string().trim().min(2).max(120),
  kind: z.enum(ACTOR_KINDS),
  /** The organisation number in the national register (Sweden's organisationsnummer, Finland's
   * Y-tunnus, France's SIREN), where there is one: it tells two organisations of one name apart. */
  orgNumber: z.string().trim().max(40).default(''),
  sector: z.string().trim().max(120).default(''),
  legalForm: z.string().trim().max(120).default(''),
  responsiblePerson: z.string().trim().max(120).default(''),
  position: z.string().trim().max(120).default(''),
})
export type ActorInput = z.input<typeof actorInputSchema>

/** What a directory edit may change: any detail, none required (no defaults filled in). */
export const actorPatchSchema = z
  .object({
    name: z.string().trim().min(2).max(120),
    kind: z.enum(ACTOR_KINDS),
    orgNumber: z.string().trim().max(40),
    sector: z.string().trim().max(120),
    legalForm: z.string().trim().max(120),
    responsiblePerson: z.string().trim().max(120),
    position: z.string().trim().max(120),
  })
  .partial()
  .strict()
export type ActorPatch = z.infer<typeof actorPatchSchema>

export const actorSchema = actorInputSchema.extend({
  id: z.string().min(1).max(64),
  createdAt: z.string(),
})
export type Actor = z.infer<typeof actorSchema>

/**
 * Letters and digits only, lower case: "Umeå Energi AB" and "umeå energi ab." are one name. The
 * workspace's directory keeps it in a column with a unique constraint ([W20]).
 */
export function organisationKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * [P25] The organisation already in `actors` that `candidate` names: the same name (case, spaces
 * and punctuation aside) or the same organisation number. Null when it is a new one.
 */
export function findSameOrganisation<A extends Pick<Actor, 'name' | 'orgNumber'>>(
  actors: readonly A[],
  candidate: { name: string; orgNumber?: string | undefined },
): A | null {
  const name = organisationKey(candidate.name)
  const number = organisationKey(candidate.orgNumber ?? '')
  return (
    actors.find(
      (actor) =>
        organisationKey(actor.name) === name ||
        (number !== '' && organisationKey(actor.orgNumber) === number),
    ) ?? null
  )
}
