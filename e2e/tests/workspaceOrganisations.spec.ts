import { readFile } from 'node:fs/promises'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { expectAccessible } from '../fixtures/axe.ts'
import {
  createWorkspaceWorkshop,
  type StaffServer,
  signUpWorkspace,
  startStaffServer,
} from '../fixtures/staff.ts'
import { expect, PHONE, test, watchCspViolations } from '../fixtures/test.ts'

/**
 * The workspace's organisations, end to end (docs/workspaces.md, [W20]–[W23]): staff add a
 * company to the workspace's directory; one of its people joins a first workshop by an invite
 * tied to it and signs a commitment; another joins a second workshop the same way and is the
 * same organisation there; the workspace's register lists both commitments under that one.
 */

const ENERGI = 'Umeå Energi AB'

/** Staff make a representative's link into one workshop from the organisation's entry. */
async function inviteLink(page: Page, workshop: string): Promise<string> {
  const directory = page.getByRole('region', { name: 'Organisations' })
  await directory
    .getByLabel(`Invite a representative of ${ENERGI} to`)
    .selectOption({ label: workshop })
  await directory
    .getByRole('button', { name: `Make invite link for a representative of ${ENERGI}` })
    .click()
  return directory.getByRole('textbox', { name: `Invite link for ${ENERGI}` }).inputValue()
}

/** A representative on a phone of their own joins by the link and signs a commitment. */
async function representativeSigns(
  browser: Browser,
  server: StaffServer,
  link: string,
  name: string,
  commitment: string,
  violations: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.url, ...PHONE })
  await watchCspViolations(context, violations)
  const page = await context.newPage()
  await page.goto(link)
  await expect(page.getByText(`You are invited to represent ${ENERGI}.`)).toBeVisible()
  await page.getByLabel('Display name').fill(name)
  await page.getByRole('button', { name: 'Join' }).click()
  await page.waitForURL(/\/w\//)
  const commitments = page.getByRole('region', { name: 'Commitments' })
  await commitments.getByLabel('What your organisation commits to').fill(commitment)
  await commitments.getByLabel('Target value').fill('30')
  await commitments.getByLabel('Unit').fill('GWh/yr')
  await commitments.getByLabel('By year').fill('2029')
  await commitments.getByRole('button', { name: 'Sign commitment' }).click()
  await expect(commitments.getByText('Commitment signed.')).toBeVisible()
  return { context, page }
}

test('staff add a company once; its people join two workshops as it and the register lists both commitments under it', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const server: StaffServer = await startStaffServer('pactboard-e2e-organisations-')
  const violations: string[] = []
  const contexts: BrowserContext[] = []
  try {
    const staff = await signUpWorkspace(
      browser,
      server,
      { name: 'Umeå kommun', email: 'anna@umea.example' },
      violations,
    )
    contexts.push(staff.context)
    const anna = staff.page
    await createWorkspaceWorkshop(anna, 'Kvällsmöte', 'Umeå')
    await createWorkspaceWorkshop(anna, 'Frukostmöte', 'Umeå')

    // [W20] The company, once, in the workspace's directory.
    const directory = anna.getByRole('region', { name: 'Organisations' })
    await expect(directory.getByText('No organisations yet.', { exact: false })).toBeVisible()
    await directory.locator('summary', { hasText: 'Add an organisation' }).click()
    await directory.getByLabel('Name', { exact: true }).fill(ENERGI)
    await directory
      .getByLabel('Kind of organisation')
      .selectOption({ label: 'Utility (energy, water, waste)' })
    await directory.getByLabel('Organisation number').fill('556097-8602')
    await directory.getByLabel('Sector').fill('Energy')
    await directory.getByLabel('Legal form').fill('Aktiebolag')
    await directory.getByLabel('Signatory’s name').fill('Signe Lind')
    await directory.getByLabel('Signatory’s position').fill('CEO')
    await directory.getByRole('button', { name: 'Add an organisation' }).click()
    await expect(directory.getByRole('status')).toHaveText(`“${ENERGI}” was added.`)
    await expect(directory.getByRole('heading', { name: ENERGI })).toBeVisible()
    await expect(directory.getByText('Signatory: Signe Lind, CEO')).toBeVisible()
    await expectAccessible(anna, 'the workspace’s organisations')

    // [W21][W23] Erik joins the first workshop as it, and signs.
    const erik = await representativeSigns(
      browser,
      server,
      await inviteLink(anna, 'Kvällsmöte'),
      'Erik',
      'We deliver our waste heat to the grid.',
      violations,
    )
    contexts.push(erik.context)
    await expectAccessible(erik.page, 'a representative’s commitments')

    // In the second workshop Maja joins as the same organisation: the workspace's details are
    // already hers, as the staff entered them.
    const maja = await representativeSigns(
      browser,
      server,
      await inviteLink(anna, 'Frukostmöte'),
      'Maja',
      'Heat pumps in every school we heat by 2029.',
      violations,
    )
    contexts.push(maja.context)
    const commitments = maja.page.getByRole('region', { name: 'Commitments' })
    await commitments.locator('summary', { hasText: 'Your organisation’s details' }).click()
    await expect(commitments.getByLabel('Signatory’s name')).toHaveValue('Signe Lind')
    await expect(commitments.getByLabel('Organisation number')).toHaveValue('556097-8602')

    // Still one entry in the workspace's directory.
    await anna.reload()
    await expect(directory.getByRole('heading', { name: ENERGI })).toHaveCount(1)

    // [W14][W22] The workspace's register: both commitments, under the one organisation.
    const [download] = await Promise.all([
      anna.waitForEvent('download'),
      anna
        .getByRole('link', { name: 'Download the commitments register of every workshop as CSV' })
        .click(),
    ])
    const rows = (await readFile(await download.path(), 'utf8'))
      .split(/\r?\n/)
      .filter((row) => row.includes(ENERGI))
    expect(rows).toHaveLength(2)
    expect(rows.map((row) => row.split(',')[0]).sort()).toEqual(['Frukostmöte', 'Kvällsmöte'])
    for (const row of rows) expect(row).toContain(`${ENERGI},556097-8602,`)
    for (const row of rows) expect(row).toContain('Signe Lind,CEO')
    expect(rows.join('\n')).toContain('We deliver our waste heat to the grid.')
    expect(rows.join('\n')).toContain('Heat pumps in every school we heat by 2029.')
    expect(violations, 'Content-Security-Policy violations').toEqual([])
  } finally {
    for (const context of contexts) await context.close()
    await server.stop()
  }
})
