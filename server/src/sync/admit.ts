import { CLOSE_CODES, type CloseReason, isDocName } from '@pactboard/shared'
import type { TokenFailure, Tokens } from '../auth/tokens.ts'
import type { Store } from '../storage/Store.ts'
import type { Connection, SyncSocket } from './connection.ts'
import type { RoomRegistry } from './RoomRegistry.ts'

/**
 * Who may open `/sync/:workshopId/:doc`: the socket is already upgraded, so a refusal is a close
 * code the client acts on (DESIGN §4), checked in this order:
 *   4401 no, bad or expired token (and, once admitted, when the token expires); 4410 a participant a facilitator removed ([P12]);
 *   4403 a token of another workshop;
 *   4404 a doc name that is not one of DOC_NAMES, or a workshop that does not exist (a genuine
 *        token of a deleted workshop among them, [G1]).
 * Nothing here writes to the store, so a refused address never gets storage.
 */
const TOKEN_REFUSALS: Record<TokenFailure, CloseReason> = {
  expired: 'unauthorized',
  invalid: 'unauthorized',
  revoked: 'removed',
  gone: 'notFound',
}

export interface SyncRequest {
  workshopId: string
  doc: string
  token: string | undefined
}

export interface AdmitDeps {
  tokens: Tokens
  store: Store
  registry: RoomRegistry
}

export async function admitConnection(
  socket: SyncSocket,
  request: SyncRequest,
  deps: AdmitDeps,
): Promise<Connection | CloseReason> {
  const refuse = (reason: CloseReason) => {
    const { code, reason: text } = CLOSE_CODES[reason]
    socket.close(code, text)
    return reason
  }
  if (!request.token) return refuse('unauthorized')
  const verified = await deps.tokens.verify(request.token)
  if (!verified.ok) return refuse(TOKEN_REFUSALS[verified.reason])
  if (verified.claims.workshopId !== request.workshopId) return refuse('forbidden')
  const { doc } = request
  if (!isDocName(doc)) return refuse('notFound')
  if ((await deps.store.getWorkshop(request.workshopId)) === null) return refuse('notFound')
  // Checked again with no await before connect: a removal that landed while this admission
  // awaited the store must not let the connection in after its sweep.
  if (deps.registry.isRemoved(verified.claims)) return refuse('removed')
  if (deps.registry.isDeleted(request.workshopId)) return refuse('notFound')
  return deps.registry.connect(
    { workshopId: request.workshopId, doc },
    socket,
    verified.claims,
    verified.expiresAtMs,
  )
}
