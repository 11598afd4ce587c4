import { buildApp } from './app.ts'
import { ConfigError, loadConfig } from './config.ts'
import { handleShutdownSignals } from './shutdown.ts'
import { DataDirInUseError } from './storage/DataDirLock.ts'

try {
  const config = loadConfig()
  const { app } = await buildApp(config)
  handleShutdownSignals(app)
  await app.listen({ port: config.port, host: config.host })
} catch (error) {
  const said = error instanceof ConfigError || error instanceof DataDirInUseError
  console.error(said ? error.message : error)
  process.exit(1)
}
