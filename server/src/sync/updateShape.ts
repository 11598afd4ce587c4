import * as decoding from 'lib0/decoding'
import { MalformedMessageError, UpdateTooLargeError } from './protocol.ts'
import { CHECKED, readDeletions, readStructs } from './updateStructs.ts'

/**
 * What a client's update holds, read before Yjs integrates any of it ([D3]): how many structs,
 * and under which client ids from which clock to which. The gate, the client-id claims ([S1])
 * and the burn after a refusal ([S2]) are decided from this.
 *
 * Read in one pass with Yjs's own checks (updateStructs.ts) but without building a struct, an
 * ID or a content object: what Yjs would refuse to decode is refused here, at a fraction of
 * Yjs's cost, and a block that claims more structs than the limit is refused from its header.
 */

export interface UpdateShape {
  isEmpty: boolean
  structCount: number
  /** Per client id, the first clock of the structs the update carries under it. */
  firstClocks: Map<number, number>
  /** Per client id, the clock just after the last of those structs. */
  endClocks: Map<number, number>
}

/**
 * Reads `update` whole without applying it, so garbage never reaches a doc, and bounds the work
 * Yjs will do integrating it: reading is linear in the bytes (which the frame limit bounds),
 * integrating can cost more per struct, so more than `maxStructs` structs are refused before a
 * single one is integrated.
 */
export function inspectUpdate(update: Uint8Array, maxStructs: number): UpdateShape {
  const firstClocks = new Map<number, number>()
  const endClocks = new Map<number, number>()
  let structCount = 0
  const decoder = decoding.createDecoder(update)
  try {
    readStructs(
      decoder,
      CHECKED,
      (client, clock, length, isSkip) => {
        structCount++
        if (isSkip) return
        const first = firstClocks.get(client)
        if (first === undefined || clock < first) firstClocks.set(client, clock)
        if ((endClocks.get(client) ?? 0) < clock + length) endClocks.set(client, clock + length)
      },
      maxStructs,
    )
    const deletes = readDeletions(decoder)
    return { isEmpty: structCount === 0 && !deletes, structCount, firstClocks, endClocks }
  } catch (error) {
    if (error instanceof UpdateTooLargeError) throw error
    throw new MalformedMessageError(`Not a Yjs update: ${(error as Error).message}`)
  }
}
