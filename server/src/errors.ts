import { type ApiErrorBody, ERROR_CODES, type ErrorCode } from '@pactboard/shared'
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import { ZodError } from 'zod'
import { WorkshopDeletedError } from './sync/RoomRegistry.ts'

/**
 * The HTTP error catalogue: every failure leaves as `{ error: { code, message, issues? } }` with
 * the status `ERROR_CODES` assigns to the code (shared, so the client reads the same table).
 * Socket failures have their own table, `CLOSE_CODES` in shared.
 */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message)
  }

  get statusCode(): number {
    return ERROR_CODES[this.code]
  }

  toBody(): ApiErrorBody {
    const error: ApiErrorBody['error'] = { code: this.code, message: this.message }
    if (this.issues) error.issues = this.issues
    return { error }
  }
}

export function fromZodError(error: ZodError): ApiError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  return new ApiError('VALIDATION_FAILED', 'The request is not valid', issues)
}

/** Maps what Fastify itself throws (body parsing, limits) into the catalogue. */
function fromFastifyError(error: FastifyError): ApiError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('PAYLOAD_TOO_LARGE', 'The request body is too large')
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('VALIDATION_FAILED', 'The body must be JSON (application/json)')
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError('VALIDATION_FAILED', 'The body is not valid JSON')
  }
  if (error.statusCode === 400) return new ApiError('VALIDATION_FAILED', error.message)
  if (error.statusCode === 404) return new ApiError('NOT_FOUND', error.message)
  if (error.statusCode === 413) return new ApiError('PAYLOAD_TOO_LARGE', error.message)
  if (error.statusCode === 429) return new ApiError('RATE_LIMITED', error.message)
  return null
}

export function sendApiError(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply.code(error.statusCode).type('application/json').send(error.toBody())
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known =
      error instanceof ApiError
        ? error
        : error instanceof ZodError
          ? fromZodError(error)
          : error instanceof WorkshopDeletedError
            ? new ApiError('WORKSHOP_NOT_FOUND', 'This workshop no longer exists: it was deleted')
            : fromFastifyError(error)
    if (known) return sendApiError(reply, known)
    request.log.error({ err: error }, 'unhandled error')
    return sendApiError(reply, new ApiError('INTERNAL', 'Something went wrong on the server'))
  })
}
