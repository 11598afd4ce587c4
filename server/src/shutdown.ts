import type { FastifyInstance } from 'fastify'

// A shutdown that hangs (a stuck client, a huge compaction) must not outlive the orchestrator's
// patience; the data is safe anyway, every update was stored when it arrived [D1].
const SHUTDOWN_TIMEOUT_MS = 10_000

/** SIGTERM/SIGINT: close sockets (1001), compact the docs, close the store, exit 0. */
export function handleShutdownSignals(app: FastifyInstance): void {
  let shuttingDown = false
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return
    shuttingDown = true
    app.log.info({ signal }, 'shutting down')
    setTimeout(() => {
      app.log.error('shutdown timed out')
      process.exit(1)
    }, SHUTDOWN_TIMEOUT_MS).unref()
    app.close().then(
      () => process.exit(0),
      (error: Error) => {
        app.log.error({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)
}
