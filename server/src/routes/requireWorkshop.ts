import type { Workshop } from '@pactboard/shared'
import { ApiError } from '../errors.ts'
import type { Store } from '../storage/Store.ts'

/**
 * The stored workshop, or 404 WORKSHOP_NOT_FOUND: a valid token outlives a deleted workshop, and
 * a route must not write docs (creating rooms and rows) for a workshop that is gone.
 */
export async function requireWorkshop(store: Store, workshopId: string): Promise<Workshop> {
  const stored = await store.getWorkshop(workshopId)
  if (!stored) throw new ApiError('WORKSHOP_NOT_FOUND', 'No such workshop')
  return stored.workshop
}
