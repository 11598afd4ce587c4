import type { BrowserContext } from '@playwright/test'
import { expectAccessible } from '../fixtures/axe.ts'
import {
  admin,
  bringIn,
  citizen,
  createWorkspaceWorkshop,
  type StaffServer,
  signUp,
  signUpWorkspace,
  startStaffServer,
} from '../fixtures/staff.ts'
import { expect, test, watchCspViolations } from '../fixtures/test.ts'

/**
 * The workspace's candidate list, end to end (docs/workspaces.md, [W7]–[W11]): two workshops of
 * one workspace produce measures on citizens' phones; a planner brings them in, merges two
 * duplicates across the workshops, moves one into the plan and rejects another with a reason for
 * citizens; the proposer, back on her phone, opens "What happened to my proposals" and reads it.
 */

const REASON =
  'A tram line along Storgatan is planned for 2028; a bus lane would be torn up for it.'

test('two workshops → a planner brings in, merges, plans and rejects → the proposer reads why', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const server: StaffServer = await startStaffServer('pactboard-e2e-candidates-')
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

    const lina = await citizen(
      browser,
      server,
      eveningCode,
      'Lina',
      [
        { title: 'Bus lane on Storgatan', field: 'Mobility and transport' },
        { title: 'Bike lanes downtown', field: 'Mobility and transport' },
      ],
      violations,
    )
    const omar = await citizen(
      browser,
      server,
      breakfastCode,
      'Omar',
      [
        { title: 'Cycle paths in the centre', field: 'Mobility and transport' },
        { title: 'Solar roofs on schools', field: 'Energy systems' },
      ],
      violations,
    )
    contexts.push(lina.context, omar.context)

    // The planner, invited by the deployment's administrator, keeps the list.
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
    const petra = await signUp(browser, server, invite.link, violations)
    contexts.push(petra.context)
    const page = petra.page
    await expect(page.getByText('No measures brought in yet.')).toBeVisible()

    await bringIn(page, 'Kvällsmöte', ['Bus lane on Storgatan', 'Bike lanes downtown'])
    await bringIn(page, 'Frukostmöte', ['Cycle paths in the centre', 'Solar roofs on schools'])
    const list = page.getByRole('list', { name: 'Candidate list' })
    const item = (title: string) =>
      list.locator(':scope > li').filter({ has: page.getByRole('heading', { name: title }) })
    await expect(list.locator(':scope > li')).toHaveCount(4)

    // Two duplicates from two workshops become one, proposed at both.
    await page.getByRole('button', { name: 'Merge: Bike lanes downtown' }).click()
    const merge = page.getByRole('dialog', { name: 'Merge “Bike lanes downtown”' })
    await merge.getByRole('radio', { name: /Cycle paths in the centre/ }).check()
    await merge.getByRole('button', { name: 'Merge' }).click()
    await expect(page.getByRole('status')).toHaveText(
      '“Bike lanes downtown” was merged into “Cycle paths in the centre”.',
    )
    await expect(list.locator(':scope > li')).toHaveCount(3)
    const survivor = item('Cycle paths in the centre')
    await expect(survivor.getByRole('list', { name: 'Where it was proposed' })).toContainText(
      'Proposed at Frukostmöte',
    )
    await expect(survivor.getByRole('list', { name: 'Where it was proposed' })).toContainText(
      'Proposed at Kvällsmöte',
    )

    await page.getByRole('button', { name: 'Change status: Solar roofs on schools' }).click()
    const planIt = page.getByRole('dialog', { name: 'Status of “Solar roofs on schools”' })
    await planIt.getByRole('radio', { name: 'In the plan' }).check()
    await planIt.getByRole('button', { name: 'Save status' }).click()
    await expect(item('Solar roofs on schools')).toContainText('In the plan')

    await page.getByRole('button', { name: 'Change status: Bus lane on Storgatan' }).click()
    const reject = page.getByRole('dialog', { name: 'Status of “Bus lane on Storgatan”' })
    await reject.getByRole('radio', { name: 'Rejected' }).check()
    await reject.getByRole('button', { name: 'Save status' }).click()
    await expect(reject.getByLabel('Reason, written for citizens')).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await reject.getByLabel('Reason, written for citizens').fill(REASON)
    await expectAccessible(page, 'the status dialog')
    await reject.getByRole('button', { name: 'Save status' }).click()
    await expect(item('Bus lane on Storgatan')).toContainText(REASON)
    await page.getByLabel('Status', { exact: true }).selectOption('in_plan')
    await expect(list.locator(':scope > li')).toHaveCount(1)
    await page.getByLabel('Status', { exact: true }).selectOption('open')
    await expectAccessible(page, 'the candidate list')

    // [W25][W26] The workspace's one plan holds what the list put in it, and nothing else.
    await page.getByRole('button', { name: 'Open the plan' }).click()
    await expect(page).toHaveURL(/\/w\/plan-[^/]+\/plan$/)
    const inPlan = page.getByRole('region', { name: 'Measures in the plan' })
    await expect(inPlan.getByRole('rowheader')).toHaveText(['Solar roofs on schools'])
    await expect(inPlan).toContainText('come from the workspace’s candidate list')
    await expectAccessible(page, 'the workspace’s plan')

    // Lina, back on her phone, follows her proposals.
    const phone = lina.page
    await phone.reload()
    await phone.getByRole('link', { name: 'What happened to my proposals' }).click()
    await expect(phone).toHaveURL(/\/w\/[^/]+\/proposals$/)
    const mine = phone.getByRole('list', { name: 'What happened to my proposals' })
    const bus = mine.getByRole('listitem').filter({ hasText: 'Bus lane on Storgatan' })
    await expect(bus).toContainText('Not taken forward. The reason:')
    await expect(bus.getByRole('blockquote')).toHaveText(REASON)
    const bikes = mine.getByRole('listitem').filter({ hasText: 'Bike lanes downtown' })
    await expect(bikes).toContainText('Merged with “Cycle paths in the centre”.')
    await expect(mine).not.toContainText('Solar roofs on schools')
    await expect(phone).toHaveTitle('Kvällsmöte – What happened to my proposals – Pactboard')
    await expectAccessible(phone, 'what happened to my proposals')
    // Reloaded from IndexedDB, her phone sent its copy back (the planners' statuses on the board
    // in it): nothing of hers was refused.
    await expect(phone.getByText('Your last change was not saved')).toHaveCount(0)

    // [W12] Her own link, for the weeks after the workshop, opened on a laptop that never joined.
    await phone.getByRole('button', { name: 'Get my link' }).click()
    const link = await phone.getByRole('textbox', { name: 'Your link' }).inputValue()
    expect(link).toMatch(/\/follow#.+/)
    const laptop = await browser.newContext({ baseURL: server.url })
    contexts.push(laptop)
    await watchCspViolations(laptop, violations)
    const elsewhere = await laptop.newPage()
    await elsewhere.goto(link)
    const followed = elsewhere.getByRole('list', { name: 'What happened to my proposals' })
    await expect(
      followed.getByRole('listitem').filter({ hasText: 'Bus lane on Storgatan' }),
    ).toContainText(REASON)
    await expect(elsewhere.getByText('Your measures from “Kvällsmöte”')).toBeVisible()
    await expectAccessible(elsewhere, 'a proposer’s own link')

    await phone.getByRole('link', { name: 'Back to the board' }).click()
    await expect(phone.getByRole('button', { name: 'Add measure' })).toBeVisible()
    expect(violations, 'Content-Security-Policy violations').toEqual([])
  } finally {
    for (const context of contexts) await context.close()
    await server.stop()
  }
})
