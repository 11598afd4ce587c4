import { keepPlanInStep } from '../routes/workspacePlan/planFromList.ts'
import { isPlanRoom } from '../routes/workspacePlan/planRoom.ts'
import type { Store } from '../storage/Store.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'

/**
 * [G1] Deletes a workshop: first its rooms in this process (every socket closed with 4404, no
 * compaction, nothing of it written again), then every row of it in the store, in one
 * transaction. False when the store had no such workshop. Another instance's sockets close when
 * their next append fails for want of the workshop (the room reloads, admission then says 4404).
 * A workshop of a workspace may have taken candidates with it: its plan follows ([W26]), so
 * no word of the deleted workshop stays in the plan's board either.
 */
export async function deleteWorkshop(
  deps: { store: Store; registry: RoomRegistry },
  workshopId: string,
): Promise<boolean> {
  const workspaceId = await deps.store.accounts.workshopWorkspace(workshopId)
  await deps.registry.closeWorkshop(workshopId)
  const deleted = await deps.store.deleteWorkshop(workshopId)
  if (deleted && workspaceId && !isPlanRoom(workshopId)) await keepPlanInStep(deps, workspaceId)
  return deleted
}
