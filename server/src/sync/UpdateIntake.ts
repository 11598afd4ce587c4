import { type CloseReason, readDocChange } from '@pactboard/shared'
import * as Y from 'yjs'
import type { ClientIds } from './ClientIds.ts'
import type { Connection } from './connection.ts'
import type { DocPolicy, PolicyContext } from './DocPolicy.ts'
import type { RoomLimits } from './roomOptions.ts'
import { updateAddsNothing } from './updateAddsNothing.ts'
import type { UpdateShape } from './updateShape.ts'

/**
 * What one client's update may do to a room's doc, decided before Yjs integrates it where that
 * is possible (the gate [D2], client ids [S1], the rebuild budget [D3], the doc's size) and
 * while it integrates where it is not (the judge [D2], an update Yjs cannot integrate [D3]).
 * The room acts on the verdict: stores and relays what is accepted, refuses, rebuilds.
 */

/**
 * Tell the sender `reason` and burn, under the sender's own client ids, every clock from
 * `burnFrom` on ([S2]); `applied` when the doc holds the update now and must go back to what is
 * stored; `close` when the sender is cut off besides.
 */
export interface Refusal {
  kind: 'refused'
  reason: string
  burnFrom: ReadonlyMap<number, number>
  applied: boolean
  close?: CloseReason
}

export type UpdateVerdict =
  /** Nothing to store or relay: a read-only client's sync reply repeating what it was sent. */
  | { kind: 'nothing' }
  /** Applied to the doc, judged and let stand: store it, then relay it ([D1]). */
  | { kind: 'accepted' }
  | Refusal
  /** [D3] Yjs could not integrate it, or it builds on content the doc lacks: only its sender pays. */
  | { kind: 'broken'; pending: boolean; failure: unknown }

export interface IntakeRules {
  policy: DocPolicy
  context: PolicyContext
  clientIds: ClientIds
  limits: RoomLimits
  /** What the doc's stored bytes come to now. */
  storedBytes: number
  /** The doc's name, for the refusal when it is full. */
  docName: string
}

const CLAIM_REFUSALS = {
  taken: 'refused: that client id is someone else’s',
  burnt: 'refused: this builds on a refused change; start over from the server’s copy',
  tooMany: 'refused: too many client ids',
} as const
const REBUILDS_SPENT = 'refused: too many refused changes; try again in a minute'

/**
 * Judges `update` from `connection` against `doc`, applying it (origin: the connection) once
 * everything that can be checked before is. A refusal after it was applied leaves the doc
 * holding it: the caller rebuilds.
 */
export function takeUpdate(
  doc: Y.Doc,
  connection: Connection,
  update: Uint8Array,
  shape: UpdateShape,
  rules: IntakeRules,
): UpdateVerdict {
  const { policy, context, clientIds, limits } = rules
  // Read from the doc as stored, before anything of the update is in it: a refusal after it was
  // applied burns from there too, so the refused structs themselves can never land later.
  const burnFrom = clocksFromStored(doc, shape.firstClocks)
  const refusedAtGate = policy.gate(connection.claims, context)
  if (refusedAtGate !== null) {
    return updateAddsNothing(doc, update) ? { kind: 'nothing' } : refused(refusedAtGate, burnFrom)
  }
  const participantId = connection.claims.participantId
  const claimed = clientIds.claim(participantId, writtenClocks(doc, shape))
  if (claimed !== 'ok') return refused(CLAIM_REFUSALS[claimed], new Map())
  if (!clientIds.mayRebuild(participantId)) {
    // Refused before it is applied: this participant's refusals cost no more rebuilds now.
    return { ...refused(REBUILDS_SPENT, burnFrom), close: 'tooManyMessages' }
  }
  if (rules.storedBytes + update.byteLength > limits.maxDocBytes) {
    return refused(`refused: the ${rules.docName} is full`, burnFrom)
  }

  let verdict: string | null = null
  let failure: unknown = null
  const judge = (transaction: Y.Transaction) => {
    if (transaction.origin !== connection) return
    const change = readDocChange(transaction, policy.layout)
    verdict = policy.judge(doc, change, connection.claims, context)
  }
  doc.on('afterTransaction', judge)
  try {
    doc.transact(() => Y.applyUpdate(doc, update, connection), connection)
  } catch (error) {
    failure = error
  } finally {
    doc.off('afterTransaction', judge)
  }
  const pending = doc.store.pendingStructs !== null || doc.store.pendingDs !== null
  if (failure !== null || pending) return { kind: 'broken', pending, failure }
  if (verdict !== null) return { ...refused(verdict, burnFrom), applied: true }
  return { kind: 'accepted' }
}

function refused(reason: string, burnFrom: ReadonlyMap<number, number>): Refusal {
  return { kind: 'refused', reason, burnFrom, applied: false }
}

/** Per client id of the update, the later of its first clock there and what the doc holds. */
function clocksFromStored(
  doc: Y.Doc,
  firstClocks: ReadonlyMap<number, number>,
): Map<number, number> {
  const from = new Map<number, number>()
  for (const [client, first] of firstClocks) {
    from.set(client, Math.max(first, Y.getState(doc.store, client)))
  }
  return from
}

/**
 * [S1] The client ids an update writes under: those with structs the doc does not hold yet,
 * each from its first new clock. Structs the doc already holds are no write, whoever's they
 * are: a client that reloads from IndexedDB and sends its whole copy back (others' structs and
 * the server's included) claims only what is new in it.
 */
function writtenClocks(doc: Y.Doc, shape: UpdateShape): Map<number, number> {
  const written = new Map<number, number>()
  for (const [client, first] of shape.firstClocks) {
    const known = Y.getState(doc.store, client)
    if ((shape.endClocks.get(client) ?? 0) > known) written.set(client, Math.max(first, known))
  }
  return written
}

/** [S2] Burns `burnFrom`'s clocks on, under the client ids of `participantId` only. */
export function burnRefused(
  clientIds: ClientIds,
  participantId: string,
  burnFrom: ReadonlyMap<number, number>,
): void {
  for (const [client, from] of burnFrom) {
    if (clientIds.ownerOf(client) === participantId) clientIds.burn(client, from)
  }
}
