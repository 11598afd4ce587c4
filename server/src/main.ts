import { buildApp } from './app.ts'
import { ConfigError, loadConfig } from './config.ts'
import { handleShutdownSignals } from './shutdown.ts'

try {
  const config = loadConfig()
  const { app } = await buildApp(config)
  handleShutdownSignals(app)
  await app.listen({ port: config.port, host: config.host })
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
}
