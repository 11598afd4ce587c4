import { z } from 'zod'
import { ROLES } from '../domain/enums.ts'

/**
 * What a client puts into its awareness state on the `board` doc, and only there, so that one
 * person costs one presence entry however many docs they have open.
 */
export const presenceStateSchema = z.object({
  user: z.object({
    participantId: z.string().min(1).max(64),
    displayName: z.string().min(1).max(40),
    role: z.enum(ROLES),
  }),
})
export type PresenceState = z.infer<typeof presenceStateSchema>

/** The distinct people among awareness states, each once however many tabs they have open. */
export function peopleHere(states: Iterable<unknown>): PresenceState['user'][] {
  const byId = new Map<string, PresenceState['user']>()
  for (const state of states) {
    const parsed = presenceStateSchema.safeParse(state)
    if (parsed.success) byId.set(parsed.data.user.participantId, parsed.data.user)
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName))
}
