import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/**
 * The y-websocket wire format, so the stock `WebsocketProvider` is a client (DESIGN §4).
 *
 * Every frame is one message: a varUint message type, then
 *   sync (0):            varUint step (0 step1 | 1 step2 | 2 update), varUint8Array payload
 *                        (step1: the sender's state vector; step2/update: a Yjs update)
 *   awareness (1):       varUint8Array awareness update: varUint n, n × (varUint clientID,
 *                        varUint clock, varString JSON state; "null" removes the client)
 *   auth (2):            varUint 0 (permission denied), varString reason: server → client only
 *   queryAwareness (3):  nothing; the server answers with every awareness state
 *
 * The handshake: on connect each side sends step1; each answers the other's step1 with step2
 * (what the other lacks). After that both sides send updates as they happen.
 */

export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
export const MESSAGE_AUTH = 2
export const MESSAGE_QUERY_AWARENESS = 3

const SYNC_STEP1 = 0
const SYNC_STEP2 = 1
const SYNC_UPDATE = 2
const AUTH_PERMISSION_DENIED = 0

export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' }
  | { type: 'ignored' }

export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError'
}

/** Decodes one client frame; throws MalformedMessageError for anything that is not one. */
export function readClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    switch (type) {
      case MESSAGE_SYNC: {
        const step = decoding.readVarUint(decoder)
        const payload = decoding.readVarUint8Array(decoder)
        if (step === SYNC_STEP1) {
          Y.decodeStateVector(payload)
          return { type: 'syncStep1', stateVector: payload }
        }
        if (step === SYNC_STEP2 || step === SYNC_UPDATE) return { type: 'update', update: payload }
        break
      }
      case MESSAGE_AWARENESS:
        return { type: 'awareness', update: decoding.readVarUint8Array(decoder) }
      case MESSAGE_QUERY_AWARENESS:
        return { type: 'queryAwareness' }
      // A client has nothing to say in auth; older clients may still send it.
      case MESSAGE_AUTH:
        return { type: 'ignored' }
    }
  } catch (error) {
    throw new MalformedMessageError(`Undecodable frame: ${(error as Error).message}`)
  }
  throw new MalformedMessageError('Unknown message type')
}

export class UpdateTooLargeError extends Error {
  override name = 'UpdateTooLargeError'
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  encoding.writeVarUint(encoder, SYNC_STEP1)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** The reply to a sync step 1: `update` is what the client lacks. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  encoding.writeVarUint(encoder, SYNC_STEP2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  encoding.writeVarUint(encoder, SYNC_UPDATE)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AUTH)
  encoding.writeVarUint(encoder, AUTH_PERMISSION_DENIED)
  encoding.writeVarString(encoder, reason)
  return encoding.toUint8Array(encoder)
}

/** One client's entry in an awareness update; `stateJson` is kept as sent ("null" = removed). */
export interface AwarenessEntry {
  clientId: number
  clock: number
  stateJson: string
}

export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    const entries: AwarenessEntry[] = []
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const stateJson = decoding.readVarString(decoder)
      // Every client JSON.parses what we relay; one bad state would break them all.
      JSON.parse(stateJson)
      entries.push({ clientId, clock, stateJson })
    }
    return entries
  } catch (error) {
    throw new MalformedMessageError(`Undecodable awareness update: ${(error as Error).message}`)
  }
}

/** A whole awareness message (type byte included), ready to send. */
export function encodeAwarenessMessage(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientId)
    encoding.writeVarUint(inner, entry.clock)
    encoding.writeVarString(inner, entry.stateJson)
  }
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
  return encoding.toUint8Array(encoder)
}

/** A state vector that names no client (as Yjs encodes one): its holder has nothing at all. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0
}
