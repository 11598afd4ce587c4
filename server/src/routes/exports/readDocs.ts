import type { DocName } from '@pactboard/shared'
import * as Y from 'yjs'
import type { RoomRegistry } from '../../sync/RoomRegistry.ts'

/**
 * A snapshot of a workshop's doc as it is live in its room (what the connected planners see),
 * copied out so that rendering a large PDF does not hold the room's queue. The change function
 * writes nothing, so nothing is stored or relayed.
 */
export async function snapshotDoc(
  registry: RoomRegistry,
  workshopId: string,
  doc: DocName,
): Promise<Y.Doc> {
  const state = await registry.write({ workshopId, doc }, (live) => Y.encodeStateAsUpdate(live))
  const copy = new Y.Doc()
  Y.applyUpdate(copy, state)
  return copy
}
