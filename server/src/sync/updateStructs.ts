import * as decoding from 'lib0/decoding'
import { UpdateTooLargeError } from './protocol.ts'

/**
 * A Yjs update (v1) read struct by struct without building a struct, an ID or a content object:
 * in the order and with the framing of Yjs's own reader (`lazyStructReaderGenerator` in
 * yjs/src/utils/updates.js), each struct handed to a visitor as its client, clock and length.
 * How an item's keys and content are read is the caller's: `CHECKED` refuses what Yjs would
 * refuse to decode (a client's update), `SKIMMED` only steps over them (the server's own stored
 * bytes, checked when they came in).
 */

/** One struct: under `client`, from `clock`, `length` clock ticks; a Skip stands for a gap. */
export type StructVisitor = (client: number, clock: number, length: number, isSkip: boolean) => void
/** How an item's parts are read past: its key strings, and its content (its length in ticks). */
export interface ItemReader {
  key(decoder: decoding.Decoder): void
  content(decoder: decoding.Decoder, ref: number): number
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
 * Reads every struct of the update at `decoder`, leaving it at the delete set. More than
 * `maxStructs` structs are refused from the block header that claims them, before they are read.
 */
export function readStructs(
  decoder: decoding.Decoder,
  reader: ItemReader,
  visit: StructVisitor,
  maxStructs = Number.POSITIVE_INFINITY,
): void {
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
        const length = decoding.readVarUint(decoder)
        visit(client, clock, length, true)
        clock += length
        continue
      }
      const length =
        (info & CONTENT_REF) === 0
          ? decoding.readVarUint(decoder) // a GC struct
          : readItem(decoder, info, reader)
      visit(client, clock, length, false)
      clock += length
    }
  }
}

/** Reads the delete set to its end; whether it deletes anything. */
export function readDeletions(decoder: decoding.Decoder): boolean {
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

/** An item's origins, parent and content, read past; its length in clock ticks. */
function readItem(decoder: decoding.Decoder, info: number, reader: ItemReader): number {
  if ((info & HAS_ORIGIN) !== 0) readId(decoder)
  if ((info & HAS_RIGHT_ORIGIN) !== 0) readId(decoder)
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    // The parent: a root type's name, or the id of the item that holds the type.
    if (decoding.readVarUint(decoder) === 1) reader.key(decoder)
    else readId(decoder)
    if ((info & HAS_PARENT_SUB) !== 0) reader.key(decoder)
  }
  return reader.content(decoder, info & CONTENT_REF)
}

function readId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
}

/** An item read as Yjs reads it, refusing what it refuses. */
export const CHECKED: ItemReader = {
  key: (decoder) => {
    decoding.readVarString(decoder)
  },
  content: readContentChecked,
}

/** An item stepped over: no string decoded, no value built. */
export const SKIMMED: ItemReader = {
  key: (decoder) => skipBytes(decoder),
  content: skimContent,
}

/** One item's content as Yjs's content readers read it, refusing what they refuse. */
function readContentChecked(decoder: decoding.Decoder, ref: number): number {
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

/**
 * One item's content stepped over. A string's length is counted in UTF-16 code units from its
 * UTF-8 bytes, as Yjs counts the decoded string.
 */
function skimContent(decoder: decoding.Decoder, ref: number): number {
  switch (ref) {
    case DELETED:
      return decoding.readVarUint(decoder)
    case JSON_VALUES: {
      const count = decoding.readVarUint(decoder)
      for (let i = 0; i < count; i++) skipBytes(decoder)
      return count
    }
    case BINARY:
    case EMBED:
      skipBytes(decoder)
      return 1
    case STRING:
      return utf16Length(decoder)
    case FORMAT:
      skipBytes(decoder)
      skipBytes(decoder)
      return 1
    case TYPE: {
      const typeRef = decoding.readVarUint(decoder)
      if (typeRef === XML_ELEMENT || typeRef === XML_HOOK) skipBytes(decoder)
      return 1
    }
    case ANY_VALUES: {
      const count = decoding.readVarUint(decoder)
      for (let i = 0; i < count; i++) skipAny(decoder)
      return count
    }
    case SUBDOC:
      skipBytes(decoder)
      skipAny(decoder)
      return 1
    default:
      throw new Error(`unknown content ${ref}`)
  }
}

/** Steps over a varUint-length-prefixed run of bytes (a string, a buffer). */
function skipBytes(decoder: decoding.Decoder): void {
  advance(decoder, decoding.readVarUint(decoder))
}

function advance(decoder: decoding.Decoder, bytes: number): void {
  decoder.pos += bytes
  if (decoder.pos > decoder.arr.length) throw new Error('Unexpected end of array')
}

/** A string's length in UTF-16 code units: a unit per UTF-8 sequence, two for a four-byte one. */
function utf16Length(decoder: decoding.Decoder): number {
  const bytes = decoding.readVarUint(decoder)
  const { arr, pos } = decoder
  advance(decoder, bytes)
  let units = 0
  for (let i = pos; i < pos + bytes; i++) {
    const byte = arr[i]!
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1
  }
  return units
}

/** Steps over one value of lib0's `writeAny` encoding. */
function skipAny(decoder: decoding.Decoder): void {
  const type = decoding.readUint8(decoder)
  switch (type) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return
    case 125:
      decoding.readVarInt(decoder)
      return
    case 124: // float32
      advance(decoder, 4)
      return
    case 123: // float64
    case 122: // bigint64
      advance(decoder, 8)
      return
    case 119: // string
    case 116: // Uint8Array
      skipBytes(decoder)
      return
    case 118: {
      const entries = decoding.readVarUint(decoder)
      for (let i = 0; i < entries; i++) {
        skipBytes(decoder)
        skipAny(decoder)
      }
      return
    }
    case 117: {
      const items = decoding.readVarUint(decoder)
      for (let i = 0; i < items; i++) skipAny(decoder)
      return
    }
    default:
      throw new Error(`unknown value type ${type}`)
  }
}
