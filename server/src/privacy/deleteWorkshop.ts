import type { Store } from '../storage/Store.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'

/**
 * [G1] Deletes a workshop: first its rooms in this process (every socket closed with 4404, no
 * compaction, nothing of it written again), then every row of it in the store, in one
 * transaction. False when the store had no such workshop. Another instance's sockets close when
 * their next append fails for want of the workshop (the room reloads, admission then says 4404).
 */
export async function deleteWorkshop(
  deps: { store: Store; registry: RoomRegistry },
  workshopId: string,
): Promise<boolean> {
  await deps.registry.closeWorkshop(workshopId)
  return deps.store.deleteWorkshop(workshopId)
}
