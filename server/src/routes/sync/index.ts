import type { FastifyPluginAsync } from 'fastify'
import type { AppContext } from '../../context.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import { admitConnection } from '../../sync/admit.ts'
import { adaptWebSocket } from './adaptWebSocket.ts'

/** `GET /sync/:workshopId/:doc?token=…`: hands upgraded sockets to the sync core. */
export const syncRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  app.get<{ Params: { workshopId: string; doc: string }; Querystring: { token?: string } }>(
    '/sync/:workshopId/:doc',
    // A reconnect storm from one identity is refused before the upgrade (429), so a client that
    // reconnects after every close cannot make the server pay an admission, a load or a rebuild
    // more often than this.
    {
      websocket: true,
      config: rateLimitOn(context.config.rateLimits, 'syncConnectionsPerMinute').config,
    },
    (ws, request) => {
      const socket = adaptWebSocket(ws)
      const { workshopId, doc } = request.params
      admitConnection(socket, { workshopId, doc, token: request.query.token }, context).catch(
        (error: Error) => {
          request.log.error({ err: error }, 'admitting a sync connection failed')
          socket.close(1011, 'Please reconnect')
        },
      )
    },
  )
}
