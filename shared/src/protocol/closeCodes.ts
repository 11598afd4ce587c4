/**
 * WebSocket close codes the server sends and the client acts on (DESIGN §4). The 4400–4499
 * range mirrors HTTP 4xx: reconnecting cannot help, so a client must not retry.
 */
export const CLOSE_CODES = {
  badMessage: { code: 4400, reason: 'Malformed message' },
  unauthorized: { code: 4401, reason: 'Invalid or expired token' },
  forbidden: { code: 4403, reason: 'Not allowed' },
  notFound: { code: 4404, reason: 'No such workshop or document' },
  // Like HTTP 410 Gone: the token is genuine but its participant was removed by a facilitator,
  // so the client can say so instead of "session expired".
  removed: { code: 4410, reason: 'Removed from the workshop' },
  tooLarge: { code: 4413, reason: 'Message too large' },
  tooManyMessages: { code: 4429, reason: 'Too many messages' },
} as const
export type CloseReason = keyof typeof CLOSE_CODES
export type CloseCode = (typeof CLOSE_CODES)[CloseReason]['code']

export function isFinalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500
}
