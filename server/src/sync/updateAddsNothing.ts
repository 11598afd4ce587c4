import * as Y from 'yjs'

/**
 * Whether applying `update` would leave `doc` as it is: every struct in it is already in the doc
 * and every deletion already applied.
 *
 * Why: Yjs puts a doc's whole delete set into every sync reply, so a read-only client that
 * reconnects (an observer, or anyone with the server-written ledger kept in IndexedDB) answers
 * the server's sync step 1 with an update that is not empty yet adds nothing. That is no write,
 * and must not be refused as one.
 */
export function updateAddsNothing(doc: Y.Doc, update: Uint8Array): boolean {
  const docClocks = Y.decodeStateVector(Y.encodeStateVector(doc))
  // `to` is where each client's structs in the update end; encodeStateVectorFromUpdate would
  // only count structs that start at clock 0, so a client's later edits would look like nothing.
  for (const [client, clock] of Y.parseUpdateMeta(update).to) {
    if ((docClocks.get(client) ?? 0) < clock) return false
  }
  const { ds } = Y.decodeUpdate(update)
  if (ds.clients.size === 0) return true
  const deleted = Y.snapshot(doc).ds
  for (const [client, items] of ds.clients) {
    const ranges = deleted.clients.get(client) ?? []
    for (const item of items) {
      if (!ranges.some((r) => r.clock <= item.clock && item.clock + item.len <= r.clock + r.len)) {
        return false
      }
    }
  }
  return true
}
