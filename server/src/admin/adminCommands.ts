import { parseArgs } from 'node:util'
import {
  emailSchema,
  LANGUAGES,
  newId,
  STAFF_ROLES,
  WORKSPACE_KINDS,
  workspaceNameSchema,
} from '@pactboard/shared'
import { z } from 'zod'
import type { AccountLinks } from '../auth/accountLinks.ts'

/**
 * The deployment administrator's commands (`npm run admin -- <command>`, docs/workspaces.md).
 * Each prints a signed link and touches no database: with SQLite the running server holds
 * DATA_DIR's lock, and a link is honoured by whichever server reads it (any instance on
 * PostgreSQL). The server checks, when the link is used, that it still fits (the email free, the
 * workspace there, the password unchanged since the link was made).
 */

export const USAGE = `Usage: npm run admin -- <command> [options]

Commands (each prints a link to open in a browser; nothing is stored until it is used):
  create-workspace --name <name> --email <email> --display-name <name>
                   [--kind city|region|network] [--language en|sv|fi|fr]
      A new workspace and its first administrator (a facilitator). Valid 7 days, once.
  add-staff --workspace <id> --email <email> --display-name <name>
            [--role facilitator|planner] [--admin]
      A staff member of an existing workspace. Valid 7 days, once.
  recovery-link --email <email>
      A new password for an account that lost it. Valid 1 hour; dies once used.

Options for every command:
  --base-url <url>   where people open the app (default PUBLIC_URL, else http://localhost:PORT)
  --hours <n>        how long the link is valid instead of the default`

const nameSchema = z.string().trim().min(1).max(40)

export interface AdminOutput {
  /** What the administrator reads (the link and what it is for). */
  lines: string[]
}

export class UsageError extends Error {
  override name = 'UsageError'
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name]
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`--${name} is required`)
  return value
}

function parse<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    throw new UsageError(`--${name}: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
  }
  return parsed.data
}

export async function runAdminCommand(
  argv: string[],
  links: AccountLinks,
  defaultBaseUrl: string,
): Promise<AdminOutput> {
  const [command, ...rest] = argv
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: {
      name: { type: 'string' },
      kind: { type: 'string', default: 'city' },
      language: { type: 'string', default: 'en' },
      email: { type: 'string' },
      'display-name': { type: 'string' },
      workspace: { type: 'string' },
      role: { type: 'string', default: 'facilitator' },
      admin: { type: 'boolean', default: false },
      'base-url': { type: 'string' },
      hours: { type: 'string' },
    },
  })
  const baseUrl = (values['base-url'] ?? defaultBaseUrl).replace(/\/+$/, '')
  const hours =
    values.hours === undefined
      ? undefined
      : parse(
          z.coerce
            .number()
            .positive()
            .max(24 * 30),
          values.hours,
          'hours',
        )
  const email = () => parse(emailSchema, required(values, 'email'), 'email')
  const displayName = () => parse(nameSchema, required(values, 'display-name'), 'display-name')

  switch (command) {
    case 'create-workspace': {
      const workspace = {
        id: newId(),
        name: parse(workspaceNameSchema, required(values, 'name'), 'name'),
        kind: parse(z.enum(WORKSPACE_KINDS), values.kind, 'kind'),
        language: parse(z.enum(LANGUAGES), values.language, 'language'),
      }
      const link = await links.sign(
        { purpose: 'setup', email: email(), displayName: displayName(), workspace },
        hours,
      )
      return {
        lines: [
          `Workspace "${workspace.name}" (id ${workspace.id}) is created when its first administrator opens this link and sets a password:`,
          `${baseUrl}${link.path}`,
          `Valid until ${link.expiresAt.toISOString()}. Add staff later with: npm run admin -- add-staff --workspace ${workspace.id} …`,
        ],
      }
    }
    case 'add-staff': {
      const link = await links.sign(
        {
          purpose: 'invite',
          workspaceId: parse(z.string().min(1).max(64), required(values, 'workspace'), 'workspace'),
          email: email(),
          displayName: displayName(),
          role: parse(z.enum(STAFF_ROLES), values.role, 'role'),
          isAdmin: values.admin === true,
        },
        hours,
      )
      return {
        lines: [
          'The staff member opens this link and sets a password:',
          `${baseUrl}${link.path}`,
          `Valid until ${link.expiresAt.toISOString()}.`,
        ],
      }
    }
    case 'recovery-link': {
      const link = await links.sign({ purpose: 'recovery', email: email() }, hours)
      return {
        lines: [
          'The account holder opens this link and sets a new password (their other sessions end):',
          `${baseUrl}${link.path}`,
          `Valid until ${link.expiresAt.toISOString()}, once.`,
        ],
      }
    }
    default:
      throw new UsageError(command ? `Unknown command: ${command}` : 'No command given')
  }
}
