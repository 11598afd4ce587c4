import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { encodeAwarenessMessage, encodeUpdate } from '../../src/sync/protocol.ts'

/**
 * What a hostile participant sends with nothing but lib0 and a socket: Yjs updates written by
 * hand, so that no Yjs API stands between the attacker and the bytes.
 */

/** A v1 update with no structs and one delete range of `client` from `clock`, `len` long. */
export function deleteRangeUpdate(client: number, clock: number, len: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0) // no structs
  encoding.writeVarUint(encoder, 1) // one client in the delete set
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, 1) // one range
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarUint(encoder, len)
  return encoding.toUint8Array(encoder)
}

const HAS_ORIGIN = 0b1000_0000
const CONTENT_ANY = 8

/**
 * One item at `clock` of `client` whose left origin is a later clock of the same client, one the
 * doc has never seen: Yjs trusts a client's own origins and throws integrating it.
 */
export function forwardOriginUpdate(client: number, clock: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1) // one client
  encoding.writeVarUint(encoder, 1) // one struct
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, clock)
  encoding.writeUint8(encoder, HAS_ORIGIN | CONTENT_ANY)
  encoding.writeVarUint(encoder, client) // origin: the same client…
  encoding.writeVarUint(encoder, clock + 5) // …at a clock it has not reached
  encoding.writeVarUint(encoder, 1)
  encoding.writeAny(encoder, 'x')
  encoding.writeVarUint(encoder, 0) // empty delete set
  return encoding.toUint8Array(encoder)
}

/** `count` one-element inserts, none mergeable with its neighbour, into a root of `name`. */
export function floodUpdate(name: string, count: number): Uint8Array {
  const doc = new Y.Doc()
  const list = doc.getArray<number>(name)
  for (let i = 0; i < count; i++) list.insert(0, [i])
  return Y.encodeStateAsUpdate(doc)
}

/** The sync frame carrying `update`. */
export function updateFrame(update: Uint8Array): Uint8Array {
  return encodeUpdate(update)
}

/** An awareness frame setting `clientId`'s state at `clock`. */
export function presenceFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  return encodeAwarenessMessage([{ clientId, clock, stateJson: JSON.stringify(state) }])
}
