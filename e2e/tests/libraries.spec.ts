import { readFile } from 'node:fs/promises'
import type { BrowserContext } from '@playwright/test'
import { expectAccessible } from '../fixtures/axe.ts'
import {
  createWorkspaceWorkshop,
  type StaffServer,
  signUpWorkspace,
  startStaffServer,
} from '../fixtures/staff.ts'
import {
  expect,
  joinWithCode,
  PHONE,
  proposeMeasure,
  test,
  watchCspViolations,
} from '../fixtures/test.ts'

/**
 * Measure libraries, end to end (docs/workspaces.md, [W15]–[W19]): in Helsingborg a citizen
 * proposes a measure on her phone, a planner brings it into the list and exports it as a library
 * file; in Lund a planner imports the file, reads "Adapted from Helsingborgs stad" in the list,
 * filters the library and copies the measure into Lund's workshop, whose board shows it.
 */

const TITLE = 'Car-free city centre on Sundays'
const CITIZEN = 'Lina Holm'

test('a measure shared by one city → imported, filtered and copied onto a workshop’s board by another', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const server: StaffServer = await startStaffServer('pactboard-e2e-libraries-')
  const violations: string[] = []
  const contexts: BrowserContext[] = []
  try {
    // Helsingborg: a citizen's proposal, brought into the list, exported as a library.
    const helsingborg = await signUpWorkspace(
      browser,
      server,
      { name: 'Helsingborgs stad', email: 'anna@helsingborg.example', displayName: 'Staff' },
      violations,
    )
    contexts.push(helsingborg.context)
    const code = await createWorkspaceWorkshop(helsingborg.page, 'Klimatkväll', 'Helsingborg')
    const phoneContext = await browser.newContext({ baseURL: server.url, ...PHONE })
    contexts.push(phoneContext)
    await watchCspViolations(phoneContext, violations)
    const phone = await phoneContext.newPage()
    await joinWithCode(phone, code, CITIZEN)
    await proposeMeasure(phone, TITLE, { whatItChanges: 'Streets for people one day a week.' })
    await expect(phone.getByRole('heading', { name: TITLE })).toBeVisible()

    const page = helsingborg.page
    await page.getByRole('button', { name: 'Bring in from a workshop' }).click()
    const bringIn = page.getByRole('dialog', { name: 'Bring in from a workshop' })
    await bringIn.getByRole('checkbox', { name: TITLE }).check()
    await bringIn.getByRole('button', { name: 'Bring in' }).click()
    await expect(page.getByText('1 measure brought in.')).toBeVisible()

    const libraries = page.getByRole('region', { name: 'Measure libraries' })
    await libraries.getByRole('button', { name: 'Export measures as a library' }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export a measure library' })
    await exportDialog.getByRole('checkbox', { name: new RegExp(TITLE) }).check()
    await expectAccessible(page, 'exporting a library')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Download the library' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      /^Helsingborgs stad measure library \d{4}-\d{2}-\d{2}\.json$/,
    )
    await expect(libraries.getByRole('status')).toHaveText('A library of 1 measure was downloaded.')
    const path = await download.path()
    const text = await readFile(path, 'utf8')
    expect(text).toContain(TITLE)
    expect(text).not.toContain(CITIZEN)
    const year = new Date(JSON.parse(text).exportedAt).getUTCFullYear()

    // Lund: the file imported, the measure credited, filtered, and copied onto a board.
    const lund = await signUpWorkspace(
      browser,
      server,
      { name: 'Lunds kommun', email: 'bo@lund.example', displayName: 'Staff' },
      violations,
    )
    contexts.push(lund.context)
    const lundPage = lund.page
    await createWorkspaceWorkshop(lundPage, 'Lunds klimatkväll', 'Lund')
    const lundLibraries = lundPage.getByRole('region', { name: 'Measure libraries' })
    await expect(lundLibraries.getByText('No library imported yet.')).toBeVisible()
    await lundLibraries.getByLabel('Import a library file').setInputFiles(path)
    await expect(lundLibraries.getByRole('status')).toHaveText(
      '1 measure from Helsingborgs stad joined the candidate list.',
    )
    const list = lundPage.getByRole('list', { name: 'Candidate list' })
    const candidate = list
      .locator(':scope > li')
      .filter({ has: lundPage.getByRole('heading', { name: TITLE }) })
    await expect(candidate).toContainText(`Adapted from Helsingborgs stad, ${year}`)
    // the same file again adds nothing
    await lundLibraries.getByLabel('Import a library file').setInputFiles(path)
    await expect(lundLibraries.getByRole('status')).toHaveText(
      'This library from Helsingborgs stad was imported before: nothing was added.',
    )
    await expect(list.locator(':scope > li')).toHaveCount(1)

    const measures = lundLibraries.getByRole('list', { name: 'Measures of the library' })
    await expect(measures.getByRole('heading', { name: TITLE })).toBeVisible()
    await lundLibraries.getByLabel('Field of action').selectOption('energy_systems')
    await expect(
      lundLibraries.getByText('No measure of this library matches these filters.'),
    ).toBeVisible()
    await lundLibraries.getByLabel('Field of action').selectOption('mobility_transport')
    await lundLibraries.getByLabel('Emission sector').selectOption('all')
    await expect(measures.locator(':scope > li')).toHaveCount(1)
    await expectAccessible(lundPage, 'the measure libraries')

    await lundLibraries.getByRole('button', { name: `Copy into a workshop: ${TITLE}` }).click()
    const copyDialog = lundPage.getByRole('dialog', { name: `Copy “${TITLE}” into a workshop` })
    await expectAccessible(lundPage, 'copying a measure into a workshop')
    await copyDialog.getByRole('button', { name: 'Copy' }).click()
    await expect(lundLibraries.getByRole('status')).toHaveText(
      `“${TITLE}” is now on the board of “Lunds klimatkväll”.`,
    )

    await lundPage.getByRole('button', { name: /^Open as facilitator/ }).click()
    await lundPage.waitForURL(/\/w\//)
    const card = lundPage
      .getByRole('article')
      .filter({ has: lundPage.getByRole('heading', { name: TITLE }) })
    await expect(card).toContainText(`Adapted from Helsingborgs stad, ${year}.`)
    await expect(card).not.toContainText(CITIZEN)
    expect(violations, 'Content-Security-Policy violations').toEqual([])
  } finally {
    for (const context of contexts) await context.close()
    await server.stop()
  }
})
