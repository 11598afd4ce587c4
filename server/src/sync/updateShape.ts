import * as decoding from 'lib0/decoding'
import { MalformedMessageError, UpdateTooLargeError } from './protocol.ts'

/**
 * What a client's update holds, read before Yjs integrates any of it ([D3]): how many structs,
 * and under which client ids from which clock to which. The gate, the client-id claims ([S1])
 * and the burn after a refusal ([S2]) are decided from this.
 *
 * Read in one pass over the bytes with lib0's own readers, in the order and with the checks of
 * Yjs's update decoder (v1, `lazyStructReaderGenerator` and `readDeleteSet`), but without building
 * a struct, an ID or a content object: what Yjs would refuse to decode is refused here, and the
 * read costs a fraction of Yjs's. A block that claims more structs than the limit is refused
 * from its header, before its structs are read.
 */

export interface UpdateShape {
  isEmpty: boolean
  structCount: number
  /** Per client id, the first clock of the structs the update carries under it. */
  firstClocks: Map<number, number>
  /** Per client id, the clock just after the last of those structs. */
  endClocks: Map<number, number>
}

// The struct's info byte (Yjs: structs/Item.js, utils/UpdateDecoder.js)
const CONTENT_REF = 0b11111
const HAS_PARENT_SUB = 0b100000
const HAS_RIGHT_ORIGIN = 0b1000000
const HAS_ORIGIN = 0b10000000
const SKIP = 10
// Content refs (Yjs: contentRefs)
const DELETED = 1
const JSON_VALUES = 2
const BINARY = 3
const STRING = 4
const EMBED = 5
const FORMAT = 6
const TYPE = 7
const ANY_VALUES = 8
const SUBDOC = 9
// Type refs that carry a node name (Yjs: typeRefs, YXmlElement and YXmlHook)
const XML_ELEMENT = 3
const XML_HOOK = 5
const LAST_TYPE_REF = 6

/**
 * Reads `update` whole without applying it, so garbage never reaches a doc, and bounds the work
 * Yjs will do integrating it: reading is linear in the bytes (which the frame limit bounds),
 * integrating can cost more per struct, so more than `maxStructs` structs are refused before a
 * single one is integrated.
 */
export function inspectUpdate(update: Uint8Array, maxStructs: number): UpdateShape {
  try {
    return readShape(decoding.createDecoder(update), maxStructs)
  } catch (error) {
    if (error instanceof UpdateTooLargeError) throw error
    throw new MalformedMessageError(`Not a Yjs update: ${(error as Error).message}`)
  }
}

function readShape(decoder: decoding.Decoder, maxStructs: number): UpdateShape {
  const firstClocks = new Map<number, number>()
  const endClocks = new Map<number, number>()
  let structCount = 0
  const blocks = decoding.readVarUint(decoder)
  for (let block = 0; block < blocks; block++) {
    const structs = decoding.readVarUint(decoder)
    const client = decoding.readVarUint(decoder)
    let clock = decoding.readVarUint(decoder)
    structCount += structs
    if (structCount > maxStructs) {
      throw new UpdateTooLargeError(`${structCount} structs in one update (at most ${maxStructs})`)
    }
    for (let i = 0; i < structs; i++) {
      const info = decoding.readUint8(decoder)
      if (info === SKIP) {
        clock += decoding.readVarUint(decoder)
        continue
      }
      const length =
        (info & CONTENT_REF) === 0 ? decoding.readVarUint(decoder) : readItem(decoder, info)
      const first = firstClocks.get(client)
      if (first === undefined || clock < first) firstClocks.set(client, clock)
      clock += length
      if ((endClocks.get(client) ?? 0) < clock) endClocks.set(client, clock)
    }
  }
  const deletes = hasDeletions(decoder)
  return {
    isEmpty: structCount === 0 && !deletes,
    structCount,
    firstClocks,
    endClocks,
  }
}

/** An item's origins, parent and content, read past; its length in clock ticks. */
function readItem(decoder: decoding.Decoder, info: number): number {
  if ((info & HAS_ORIGIN) !== 0) readId(decoder)
  if ((info & HAS_RIGHT_ORIGIN) !== 0) readId(decoder)
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    // The parent: a root type's name, or the id of the item that holds the type.
    if (decoding.readVarUint(decoder) === 1) decoding.readVarString(decoder)
    else readId(decoder)
    if ((info & HAS_PARENT_SUB) !== 0) decoding.readVarString(decoder)
  }
  return readContent(decoder, info & CONTENT_REF)
}

function readId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
}

/** Reads one item's content as Yjs's content readers do; its length in clock ticks. */
function readContent(decoder: decoding.Decoder, ref: number): number {
  switch (ref) {
    case DELETED:
      return decoding.readVarUint(decoder)
    case JSON_VALUES: {
      const count = decoding.readVarUint(decoder)
      for (let i = 0; i < count; i++) {
        const json = decoding.readVarString(decoder)
        if (json !== 'undefined') JSON.parse(json)
      }
      return count
    }
    case BINARY:
      decoding.readVarUint8Array(decoder)
      return 1
    case STRING:
      return decoding.readVarString(decoder).length
    case EMBED:
      JSON.parse(decoding.readVarString(decoder))
      return 1
    case FORMAT:
      decoding.readVarString(decoder)
      JSON.parse(decoding.readVarString(decoder))
      return 1
    case TYPE: {
      const typeRef = decoding.readVarUint(decoder)
      if (typeRef > LAST_TYPE_REF) throw new Error(`unknown type ${typeRef}`)
      if (typeRef === XML_ELEMENT || typeRef === XML_HOOK) decoding.readVarString(decoder)
      return 1
    }
    case ANY_VALUES: {
      const count = decoding.readVarUint(decoder)
      for (let i = 0; i < count; i++) decoding.readAny(decoder)
      return count
    }
    case SUBDOC: {
      decoding.readVarString(decoder)
      // Yjs reads the options' `shouldLoad`, which throws on null and undefined
      if (decoding.readAny(decoder) == null) throw new Error('subdocument without options')
      return 1
    }
    default:
      throw new Error(`unknown content ${ref}`)
  }
}

/** Reads the delete set to its end; whether it deletes anything. */
function hasDeletions(decoder: decoding.Decoder): boolean {
  let deletes = false
  const clients = decoding.readVarUint(decoder)
  for (let i = 0; i < clients; i++) {
    decoding.readVarUint(decoder)
    const ranges = decoding.readVarUint(decoder)
    for (let r = 0; r < ranges; r++) {
      decoding.readVarUint(decoder)
      decoding.readVarUint(decoder)
    }
    if (ranges > 0) deletes = true
  }
  return deletes
}
