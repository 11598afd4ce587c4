import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { ApiError, sendApiError } from '../errors.ts'

/**
 * The built client (CLIENT_DIST) on the same port as the API, as a single-page app: a GET that is
 * neither an API nor a sync path and matches no file gets index.html, so deep links such as
 * /w/abc/board load the app. Without a build, `/` says how to make one.
 *
 * Called on the root instance (not registered as an encapsulated plugin) because the not-found
 * handler it sets is the whole app's.
 */
export async function registerClientApp(app: FastifyInstance, clientDist: string): Promise<void> {
  const hasClient = existsSync(join(clientDist, 'index.html'))
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: clientDist,
      // The build leaves .br and .gz copies beside each file (client/vite.config.ts).
      preCompressed: true,
      cacheControl: false,
      // Vite fingerprints everything under assets/; the rest (index.html) must be revalidated.
      setHeaders(res, path) {
        res.setHeader(
          'cache-control',
          path.startsWith(join(clientDist, 'assets'))
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        )
      },
    })
  } else {
    app.get('/', async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          `Pactboard server is running, but the client is not built (looked in ${clientDist}).\n` +
            'Run `npm start` at the repository root, or `npm run build -w @pactboard/client`.\n',
        ),
    )
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    const isAppPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      !path.startsWith('/sync/') &&
      path !== '/api' &&
      path !== '/sync'
    if (hasClient && isAppPage) return reply.sendFile('index.html')
    return sendApiError(reply, new ApiError('NOT_FOUND', `No route ${request.method} ${path}`))
  })
}
