import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startServerProcess } from '@pactboard/server/testing'
import { expectAccessible } from '../fixtures/axe.ts'
import { expect, test, watchCspViolations } from '../fixtures/test.ts'

/**
 * A city's staff account, end to end (docs/workspaces.md): the deployment's administrator prints
 * a setup link with the CLI while the server runs, the first administrator sets a password and
 * signs in, creates a workshop, closes the browser and opens it again still signed in, opens the
 * workshop as its facilitator, and signs out; the session is refused afterwards.
 */

const ADMIN_CLI = fileURLToPath(new URL('../../server/dist/admin.js', import.meta.url))
const run = promisify(execFile)
const PASSWORD = 'correct horse battery staple'

test('admin setup link → password → sign in → workshop → browser restart → open → sign out', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const secret = randomBytes(32).toString('base64url')
  const server = await startServerProcess({
    tempPrefix: 'pactboard-e2e-staff-',
    env: { PACTBOARD_SECRET: secret },
    // a machine busy with other work can take long to start the server
    readyTimeoutMs: 60_000,
  })
  const violations: string[] = []
  try {
    // The CLI beside the running server, on its DATA_DIR: it opens no database, so no lock bites.
    const { stdout } = await run(
      process.execPath,
      [
        ADMIN_CLI,
        'create-workspace',
        '--name',
        'Malmö stad',
        '--language',
        'sv',
        '--email',
        'Anna@Malmo.example',
        '--display-name',
        'Anna',
        '--base-url',
        server.url,
      ],
      { env: { ...process.env, PACTBOARD_SECRET: secret, DATA_DIR: server.dataDir } },
    )
    const link = stdout.split('\n').find((line) => line.startsWith(`${server.url}/account/`))
    expect(link, stdout).toBeTruthy()

    const context = await browser.newContext({ baseURL: server.url })
    await watchCspViolations(context, violations)
    const page = await context.newPage()
    await page.goto(link ?? '')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choose your password' }),
    ).toBeVisible()
    await expect(page.getByText('setting up the workspace “Malmö stad”')).toBeVisible()
    await expect(page).toHaveTitle('Choose your password – Pactboard')
    await expectAccessible(page, 'the set-password page')
    await page.getByLabel('New password').fill(PASSWORD)
    await page.getByLabel('Repeat the password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Save password and sign in' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Malmö stad' })).toBeVisible()

    // Out, and in again with the password, from the start page's link.
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible()
    await page.goto('/')
    await page.getByRole('link', { name: 'Staff sign-in' }).click()
    await expectAccessible(page, 'the sign-in page')
    await page.getByLabel('Email').fill('anna@malmo.example')
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert')).toHaveText('Wrong email or password.')
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Malmö stad' })).toBeVisible()

    await page.getByLabel('Title').fill('Klimatkväll i Malmö')
    await page.getByLabel('City').fill('Malmö')
    await page.getByRole('button', { name: 'Create workshop' }).click()
    await expect(page.getByRole('heading', { level: 3, name: 'Klimatkväll i Malmö' })).toBeVisible()
    await expectAccessible(page, 'the workspace page')

    // A browser restart: a new context with what the browser kept. The cookie is a lasting one.
    const kept = await context.storageState()
    const cookie = kept.cookies.find((c) => c.name === 'pactboard_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' })
    expect((cookie?.expires ?? 0) * 1000).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000)
    await context.close()

    const restarted = await browser.newContext({ baseURL: server.url, storageState: kept })
    await watchCspViolations(restarted, violations)
    const again = await restarted.newPage()
    await again.goto('/workspace')
    await expect(again.getByRole('heading', { level: 1, name: 'Malmö stad' })).toBeVisible()
    await again.getByRole('button', { name: /^Open as facilitator/ }).click()
    await again.waitForURL(/\/w\//)
    await expect(
      again.getByRole('heading', { level: 1, name: 'Klimatkväll i Malmö' }),
    ).toBeVisible()
    await expect(again.getByRole('status')).toHaveText('Online')
    await expect(again.getByRole('button', { name: 'Start the agenda' })).toBeVisible()

    await again.goto('/workspace')
    await again.getByRole('button', { name: 'Sign out' }).click()
    await expect(again.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible()
    const afterwards = await again.request.get('/api/workspace/workshops')
    expect(afterwards.status()).toBe(401)
    expect((await afterwards.json()).error.code).toBe('NOT_SIGNED_IN')
    // nor does the old cookie, replayed by hand, open anything
    const replayed = await fetch(`${server.url}/api/session`, {
      headers: { cookie: `pactboard_session=${cookie?.value}` },
    })
    expect(replayed.status).toBe(401)
    await restarted.close()
    expect(violations, 'Content-Security-Policy violations').toEqual([])
  } finally {
    await server.stop()
  }
})
