import type { FastifyRequest, FastifyServerOptions } from 'fastify'

/**
 * Tokens never reach a log (DESIGN §3). Access tokens travel in `Authorization` and in the sync
 * URL's `token=`, invite tokens in `/join?invite=` and in join bodies. The request serializer
 * logs no headers and no body, and rewrites the URL; pino's redaction catches the same fields
 * wherever else a log call might put them (an error's request, a handler's own object).
 */

export const REDACTED = '[redacted]'

// Query parameters whose value is a credential, whatever their case.
const SECRET_PARAMS = /([?&](?:token|invite|access_token)=)[^&#]*/gi
// A JWT anywhere else in a URL (a path segment, an unexpected parameter): three base64url parts,
// the first a JSON header starting `{"` (`eyJ`).
const JWT_LIKE = /eyJ[\w-]*\.[\w-]*\.[\w-]*/g

/** The URL with every token in it replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, `$1${REDACTED}`).replace(JWT_LIKE, REDACTED)
}

// In a whole log line (JSON), a credential parameter's value ends where the URL's text does.
const SECRET_PARAMS_IN_LINE = /([?&](?:token|invite|access_token)=)[^&#"\s\\]*/gi

/**
 * [G5] The last word on every log line, whatever logged it and however (a message string, an
 * error's message or stack, a library's own text): anything shaped like a JWT (access and
 * invite tokens), credential parameters of a URL, and the deployment's own secrets (the metrics
 * token, the signing secret) are replaced by `[redacted]`.
 */
export function redactLine(line: string, secrets: readonly string[] = []): string {
  let redacted = line.replace(JWT_LIKE, REDACTED).replace(SECRET_PARAMS_IN_LINE, `$1${REDACTED}`)
  for (const secret of secrets) redacted = redacted.split(secret).join(REDACTED)
  return redacted
}

export interface LogDestination {
  write(line: string): unknown
}

/** The log's destination behind `redactLine`: what pino writes passes through it. */
export function redactingStream(
  destination: LogDestination,
  secrets: readonly (string | null)[],
): LogDestination {
  const known = secrets.filter((secret): secret is string => Boolean(secret))
  return { write: (line) => destination.write(redactLine(line, known)) }
}

// pino `redact` paths: headers if anything logs a raw request, body fields holding a token.
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'token',
  'invite',
  'body.token',
  'body.invite',
  '*.token',
  '*.invite',
  '*.authorization',
  // staff: passwords and the administrator's links
  'password',
  'link',
  'body.password',
  'body.link',
  '*.password',
  '*.link',
  'res.headers["set-cookie"]',
]

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>

/** The logger options of the app: level, the request serializer and the redaction. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        remoteAddress: request.ip,
      }),
    },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
  }
}
