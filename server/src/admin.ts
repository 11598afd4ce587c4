import { runAdminCommand, USAGE, UsageError } from './admin/adminCommands.ts'
import { createAccountLinks } from './auth/accountLinks.ts'
import { ConfigError, loadConfig } from './config.ts'

/**
 * `npm run admin -- <command>`: the deployment administrator's commands (admin/adminCommands.ts).
 * Reads the same configuration as the server (the SECRET, from PACTBOARD_SECRET or DATA_DIR) and
 * prints signed links; it opens no database, so it runs beside a running server.
 */
async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    console.log(USAGE)
    return argv.length === 0 ? 1 : 0
  }
  try {
    const config = loadConfig()
    const baseUrl = config.publicUrl ?? `http://localhost:${config.port}`
    const output = await runAdminCommand(
      argv,
      createAccountLinks({ secret: config.secret }),
      baseUrl,
    )
    for (const line of output.lines) console.log(line)
    return 0
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error((error as Error).message)
      console.error(USAGE)
      return 2
    }
    throw error
  }
}

process.exitCode = await main(process.argv.slice(2))
