import type { TokenClaims } from '@pactboard/shared'
import type { FastifyRequest } from 'fastify'
import { ApiError } from '../errors.ts'
import type { Tokens } from './tokens.ts'

/** The claims of `Authorization: Bearer <token>`, or 401 UNAUTHORIZED. */
export async function requireClaims(request: FastifyRequest, tokens: Tokens): Promise<TokenClaims> {
  const header = request.headers.authorization ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  if (!match?.[1]) throw new ApiError('UNAUTHORIZED', 'A bearer token is required')
  const verified = await tokens.verify(match[1])
  if (!verified.ok && verified.reason === 'revoked') {
    throw new ApiError('PARTICIPANT_REMOVED', 'You were removed from the workshop')
  }
  if (!verified.ok && verified.reason === 'gone') {
    throw new ApiError('WORKSHOP_NOT_FOUND', 'This workshop no longer exists: it was deleted')
  }
  if (!verified.ok) {
    throw new ApiError(
      'UNAUTHORIZED',
      verified.reason === 'expired' ? 'The token has expired' : 'The token is not valid',
    )
  }
  return verified.claims
}

/** [P1] A token reaches only its own workshop: 403 FORBIDDEN otherwise. */
export async function requireWorkshopClaims(
  request: FastifyRequest,
  tokens: Tokens,
  workshopId: string,
): Promise<TokenClaims> {
  const claims = await requireClaims(request, tokens)
  if (claims.workshopId !== workshopId) {
    throw new ApiError('FORBIDDEN', 'This token belongs to another workshop')
  }
  return claims
}
