import { readFile } from 'node:fs/promises'
import type { BrowserContext, Page } from '@playwright/test'
import JSZip from 'jszip'
import { expectAccessible } from '../fixtures/axe.ts'
import {
  admin,
  bringIn,
  citizen,
  createWorkspaceWorkshop,
  STAFF_PASSWORD,
  type StaffServer,
  setCandidateStatus,
  signUp,
  signUpWorkspace,
  startStaffServer,
} from '../fixtures/staff.ts'
import {
  expect,
  openConsole,
  PHONE,
  proposeMeasure,
  test,
  watchCspViolations,
} from '../fixtures/test.ts'

/**
 * One city plan from many workshops, the whole loop (issue "One city plan from many workshops",
 * docs/workspaces.md): two workshops of one workspace produce measures; a planner who signs in
 * the next day merges two of them, moves two into the plan and rejects another with a reason; a
 * company representative invited for its organisation signs a commitment, which commits its
 * measure in the workspace's plan and fills the pathway's committed band; the proposer reads the
 * rejection's reason; the investment plan shows the gap; the DOCX and XLSX carry it all.
 */

const REASON =
  'A tram line along Storgatan is planned for 2028; a bus lane would be torn up for it.'
const PLEDGE = 'We deliver our waste heat to the district heating grid from 2027.'

async function download(page: Page, format: 'DOCX' | 'XLSX'): Promise<JSZip> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${format}` }).click(),
  ])
  return JSZip.loadAsync(await readFile(await file.path()))
}

/** Every text of an XLSX: its shared strings and its sheets' inline cells. */
async function xlsxText(zip: JSZip): Promise<string> {
  const parts = Object.keys(zip.files).filter((name) =>
    /^xl\/(sharedStrings|worksheets\/)/.test(name),
  )
  return (await Promise.all(parts.map((name) => zip.file(name)?.async('string') ?? ''))).join('\n')
}

test('two workshops → candidates → the workspace’s plan with a signed commitment → DOCX and XLSX', async ({
  browser,
}) => {
  test.setTimeout(300_000)
  const server: StaffServer = await startStaffServer('pactboard-e2e-city-plan-')
  const violations: string[] = []
  const contexts: BrowserContext[] = []
  try {
    const { workspaceId, ...anna } = await signUpWorkspace(
      browser,
      server,
      { name: 'Malmö stad', email: 'anna@malmo.example' },
      violations,
    )
    contexts.push(anna.context)
    const eveningCode = await createWorkspaceWorkshop(anna.page, 'Kvällsmöte')
    const breakfastCode = await createWorkspaceWorkshop(anna.page, 'Frukostmöte')

    // The facilitator invites Umeå Energi AB to the breakfast, as an organisation.
    const facilitator = anna.page
    await facilitator
      .getByRole('listitem')
      .filter({ has: facilitator.getByRole('heading', { name: 'Frukostmöte' }) })
      .getByRole('button', { name: /^Open as facilitator/ })
      .click()
    await facilitator.waitForURL(/\/w\//)
    await openConsole(facilitator, 'People')
    const directory = facilitator.getByRole('region', { name: 'Organisations' })
    await directory.locator('summary', { hasText: 'Add an organisation' }).click()
    await directory.getByLabel('Name', { exact: true }).fill('Umeå Energi AB')
    await directory
      .getByLabel('Kind of organisation')
      .selectOption({ label: 'Utility (energy, water, waste)' })
    await directory.getByLabel('Organisation number').fill('556097-8602')
    await directory.getByRole('button', { name: 'Add an organisation' }).click()
    await expect(directory.getByText('Organisation added.')).toBeVisible()
    await directory.getByRole('button', { name: 'Invite link for Umeå Energi AB' }).click()
    const inviteLink = await directory
      .getByRole('textbox', { name: 'Invite link for Umeå Energi AB' })
      .inputValue()

    const lina = await citizen(
      browser,
      server,
      eveningCode,
      'Lina',
      [
        { title: 'Solar roofs on schools', field: 'Energy systems' },
        { title: 'Bus lane on Storgatan', field: 'Mobility and transport' },
      ],
      violations,
    )
    const omar = await citizen(
      browser,
      server,
      breakfastCode,
      'Omar',
      [{ title: 'Solar panels on school roofs', field: 'Energy systems' }],
      violations,
    )
    contexts.push(lina.context, omar.context)
    const erikContext = await browser.newContext({ baseURL: server.url, ...PHONE })
    contexts.push(erikContext)
    await watchCspViolations(erikContext, violations)
    const erik = await erikContext.newPage()
    await erik.goto(inviteLink)
    await expect(erik.getByText('You are invited to represent Umeå Energi AB.')).toBeVisible()
    await erik.getByLabel('Display name').fill('Erik')
    await erik.getByRole('button', { name: 'Join' }).click()
    await erik.waitForURL(/\/w\//)
    await proposeMeasure(erik, 'Waste heat to the district heating grid', {
      field: 'Energy systems',
    })
    await expect(
      erik.getByRole('heading', { name: 'Waste heat to the district heating grid' }),
    ).toBeVisible()

    // The planner was invited yesterday; today she signs in on a browser that kept nothing.
    const invite = await admin(server, [
      'add-staff',
      '--workspace',
      workspaceId,
      '--email',
      'petra@malmo.example',
      '--display-name',
      'Petra',
      '--role',
      'planner',
    ])
    const yesterday = await signUp(browser, server, invite.link, violations)
    await yesterday.context.close()
    const today = await browser.newContext({ baseURL: server.url })
    contexts.push(today)
    await watchCspViolations(today, violations)
    const page = await today.newPage()
    await page.goto('/signin')
    await page.getByLabel('Email').fill('petra@malmo.example')
    await page.getByLabel('Password').fill(STAFF_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Malmö stad' })).toBeVisible()

    await bringIn(page, 'Kvällsmöte', ['Solar roofs on schools', 'Bus lane on Storgatan'])
    await bringIn(page, 'Frukostmöte', [
      'Solar panels on school roofs',
      'Waste heat to the district heating grid',
    ])
    await page.getByRole('button', { name: 'Merge: Solar panels on school roofs' }).click()
    const merge = page.getByRole('dialog', { name: 'Merge “Solar panels on school roofs”' })
    await merge.getByRole('radio', { name: /Solar roofs on schools/ }).check()
    await merge.getByRole('button', { name: 'Merge' }).click()
    await expect(page.getByRole('status')).toHaveText(
      '“Solar panels on school roofs” was merged into “Solar roofs on schools”.',
    )
    await setCandidateStatus(page, 'Solar roofs on schools', 'In the plan')
    await setCandidateStatus(page, 'Waste heat to the district heating grid', 'In the plan')
    await page.getByRole('button', { name: 'Change status: Bus lane on Storgatan' }).click()
    const reject = page.getByRole('dialog', { name: 'Status of “Bus lane on Storgatan”' })
    await reject.getByRole('radio', { name: 'Rejected' }).check()
    await reject.getByLabel('Reason, written for citizens').fill(REASON)
    await reject.getByRole('button', { name: 'Save status' }).click()
    await expect(reject).toBeHidden()

    // Umeå Energi signs for its measure at the breakfast.
    const commitments = erik.getByRole('region', { name: 'Commitments' })
    await commitments.getByLabel('What your organisation commits to').fill(PLEDGE)
    await commitments
      .getByLabel('Measure it contributes to')
      .selectOption({ label: 'Waste heat to the district heating grid' })
    await commitments.getByLabel('Target value').fill('30')
    await commitments.getByLabel('Unit').fill('GWh/yr')
    await commitments.getByLabel('By year').fill('2027')
    await commitments.getByRole('button', { name: 'Sign commitment' }).click()
    await expect(commitments.getByText('Commitment signed.')).toBeVisible()

    // The workspace's plan: the two measures of the list, the signed one committed.
    await page.reload()
    const list = page.getByRole('list', { name: 'Candidate list' })
    await expect(
      list.locator(':scope > li').filter({
        has: page.getByRole('heading', { name: 'Waste heat to the district heating grid' }),
      }),
    ).toContainText('Committed')
    await page.getByRole('button', { name: 'Open the plan' }).click()
    await expect(page).toHaveURL(/\/w\/plan-[^/]+\/plan$/)
    const inPlan = page.getByRole('region', { name: 'Measures in the plan' })
    await expect(inPlan.getByRole('rowheader')).toHaveCount(2)
    expect((await inPlan.getByRole('rowheader').allTextContents()).sort()).toEqual([
      'Solar roofs on schools',
      'Waste heat to the district heating grid',
    ])
    await expect(
      inPlan.getByRole('row').filter({ hasText: 'Waste heat to the district heating grid' }),
    ).toContainText('Committed')

    // The planner completes the plan: the baseline and target, then the committed measure's
    // reduction, cost and funding on the plan's board.
    const figures = page.getByRole('region', { name: 'Baseline and target' })
    await figures.getByLabel('Baseline year', { exact: true }).fill('2020')
    await figures.getByLabel('Target year', { exact: true }).fill('2030')
    await figures.getByLabel('Reduction target (% below baseline)').fill('80')
    await figures.getByLabel('Stationary energy, Scope 1 (tCO₂e per year)').fill('100000')
    await figures.getByRole('button', { name: 'Save figures' }).click()

    await page.getByRole('link', { name: 'Board', exact: true }).click()
    await page.getByRole('button', { name: 'Edit Waste heat to the district heating grid' }).click()
    const dialog = page.getByRole('dialog')
    // the figures are folded for everyone at first; a planner unfolds them
    const figuresFold = dialog.locator('details', { has: page.getByText(/^Figures \(optional\)/) })
    if ((await figuresFold.first().getAttribute('open')) === null) {
      await dialog.getByText(/^Figures \(optional\)/).click()
    }
    await dialog.getByText('Type and timeline').click()
    await dialog.getByLabel('Start year').fill('2027')
    await dialog.getByLabel('End year').fill('2027')
    await dialog.getByText('Reduction estimate').click()
    await dialog.getByRole('checkbox', { name: 'Stationary energy' }).check()
    await dialog.getByLabel('Reduction in Stationary energy (tCO₂e per year)').fill('30000')
    await dialog.getByLabel('First year with effect').fill('2027')
    await dialog.getByText('Costs by year and funding').click()
    const capex = dialog.getByRole('group', { name: 'Capex by year' })
    await capex.getByRole('button', { name: 'Add a capex year' }).click()
    await capex.getByLabel('Capex 1: amount (€)').fill('600000')
    await dialog.getByRole('button', { name: 'Add funding line' }).click()
    await dialog.getByLabel('Funding 1: source').fill('EIB')
    await dialog.getByLabel('Funding 1: type').selectOption('loan')
    await dialog.getByLabel('Funding 1: status').selectOption('secured')
    await dialog.getByLabel('Funding 1: amount (€)').fill('250000')
    await dialog.getByRole('button', { name: 'Save measure' }).click()
    await expect(dialog).toBeHidden()

    await page.getByRole('link', { name: 'Plan', exact: true }).click()
    // The committed band: 100,000 less the 30,000 committed remain in 2030.
    await expect(page.getByText('Remaining in 2030')).toBeVisible()
    await expect(page.locator('.pathway__figures')).toContainText('70,000 tCO₂e/yr')
    await expect(page.getByText(/Gap to secured funding: €350,000/)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Commitments' })).toContainText(
      'Commitments signed in the workspace’s workshops',
    )
    await expectAccessible(page, 'the workspace’s plan, completed')

    // Lina reads why her bus lane was not taken forward.
    const phone = lina.page
    await phone.reload()
    await phone.getByRole('link', { name: 'What happened to my proposals' }).click()
    const mine = phone.getByRole('list', { name: 'What happened to my proposals' })
    await expect(
      mine
        .getByRole('listitem')
        .filter({ hasText: 'Bus lane on Storgatan' })
        .getByRole('blockquote'),
    ).toHaveText(REASON)

    // The DOCX and the XLSX carry it all.
    const docx = await (await download(page, 'DOCX')).file('word/document.xml')?.async('string')
    const xlsx = await xlsxText(await download(page, 'XLSX'))
    for (const text of [docx ?? '', xlsx]) {
      expect(text).toContain('Solar roofs on schools')
      expect(text).toContain('Waste heat to the district heating grid')
      expect(text).toContain('Umeå Energi AB')
      expect(text).toContain(PLEDGE)
      expect(text).toContain('EIB')
      // a citizen is named nowhere in the plan
      expect(text).not.toContain('Lina')
      expect(text).not.toContain('Bus lane on Storgatan')
    }
    expect(docx).toMatch(/350[,  ]?000/)
    expect(violations, 'Content-Security-Policy violations').toEqual([])
  } finally {
    for (const context of contexts) await context.close()
    await server.stop()
  }
})
