import { describe, expect, it } from 'vitest'
import { createAccountLinks } from '../auth/accountLinks.ts'
import { runAdminCommand, UsageError } from './adminCommands.ts'

const links = createAccountLinks({ secret: 's'.repeat(40) })
const run = (...argv: string[]) => runAdminCommand(argv, links, 'https://pactboard.example')

const linkIn = (lines: string[]) => {
  const line = lines.find((l) => l.startsWith('https://pactboard.example/account/set-password#'))
  return line?.split('#')[1] ?? ''
}

describe('npm run admin', () => {
  it('create-workspace prints a setup link for the workspace and its first administrator', async () => {
    const { lines } = await run(
      'create-workspace',
      '--name',
      'Malmö stad',
      '--kind',
      'city',
      '--language',
      'sv',
      '--email',
      'Anna@Malmo.se',
      '--display-name',
      'Anna',
    )
    const claims = await links.verify(linkIn(lines))
    expect(claims).toMatchObject({
      purpose: 'setup',
      email: 'anna@malmo.se',
      workspace: { name: 'Malmö stad', kind: 'city', language: 'sv' },
    })
  })

  it('add-staff and recovery-link print links for their purpose', async () => {
    const staff = await run(
      'add-staff',
      '--workspace',
      'ws-1',
      '--email',
      'petra@malmo.se',
      '--display-name',
      'Petra',
      '--role',
      'planner',
    )
    expect(await links.verify(linkIn(staff.lines))).toMatchObject({
      purpose: 'invite',
      workspaceId: 'ws-1',
      role: 'planner',
      isAdmin: false,
    })
    const recovery = await run(
      'recovery-link',
      '--email',
      'petra@malmo.se',
      '--base-url',
      'https://pactboard.example/',
    )
    expect(await links.verify(linkIn(recovery.lines))).toMatchObject({ purpose: 'recovery' })
  })

  it('refuses unknown commands and bad or missing options with the usage', async () => {
    await expect(run('drop-database')).rejects.toBeInstanceOf(UsageError)
    await expect(run('recovery-link')).rejects.toThrow(/--email/)
    await expect(run('recovery-link', '--email', 'not an email')).rejects.toThrow(/--email/)
    await expect(
      run(
        'add-staff',
        '--workspace',
        'w',
        '--email',
        'a@b.se',
        '--display-name',
        'A',
        '--role',
        'owner',
      ),
    ).rejects.toThrow(/--role/)
  })
})
