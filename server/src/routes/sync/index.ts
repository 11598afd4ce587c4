import type { FastifyPluginAsync } from 'fastify'
import type { AppContext } from '../../context.ts'
import { admitConnection } from '../../sync/admit.ts'
import { adaptWebSocket } from './adaptWebSocket.ts'

/** `GET /sync/:workshopId/:doc?token=…`: hands upgraded sockets to the sync core. */
export const syncRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  app.get<{ Params: { workshopId: string; doc: string }; Querystring: { token?: string } }>(
    '/sync/:workshopId/:doc',
    { websocket: true },
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
