import type { Page } from '@playwright/test'
import { expectAccessible } from '../fixtures/axe.ts'
import {
  createWorkshop,
  expect,
  joinWithCode,
  openConsole,
  PHONE,
  proposeMeasure,
  test,
} from '../fixtures/test.ts'

/**
 * [P28] [G7] The plan's public page: the facilitator publishes some of its parts, a reader with
 * the link and no account sees those and no others, and nobody's name; unpublished, the link
 * shows nothing.
 */

const LAPTOP = { viewport: { width: 1366, height: 768 } }
const NAMES = ['Frida', 'Zofia', 'Wąsowska', 'Erik', 'Lindqvist']

/** Umeå Energi AB in the directory, its representative in by its link, and a signed pledge. */
async function commitForOrganisation(facilitator: Page, erik: Page, measure: string) {
  await openConsole(facilitator, 'People')
  const directory = facilitator.getByRole('region', { name: 'Organisations' })
  await directory.locator('summary', { hasText: 'Add an organisation' }).click()
  await directory.getByLabel('Name', { exact: true }).fill('Umeå Energi AB')
  await directory
    .getByLabel('Kind of organisation')
    .selectOption({ label: 'Utility (energy, water, waste)' })
  await directory.getByRole('button', { name: 'Add an organisation' }).click()
  await expect(directory.getByText('Organisation added.')).toBeVisible()
  await directory.getByRole('button', { name: 'Invite link for Umeå Energi AB' }).click()
  const link = await directory
    .getByRole('textbox', { name: 'Invite link for Umeå Energi AB' })
    .inputValue()

  await erik.goto(link)
  await erik.getByLabel('Display name').fill('Erik Lindqvist')
  await erik.getByRole('button', { name: 'Join' }).click()
  await erik.waitForURL(/\/w\//)
  const commitments = erik.getByRole('region', { name: 'Commitments' })
  await commitments.locator('summary', { hasText: 'Your organisation’s details' }).click()
  await commitments.getByLabel('Signatory’s name').fill('Erik Lindqvist')
  await commitments.getByLabel('Signatory’s position').fill('Chief executive')
  await commitments.getByRole('button', { name: 'Save' }).click()
  await expect(commitments.getByText('Saved.')).toBeVisible()
  await commitments
    .getByLabel('What your organisation commits to')
    .fill('We deliver our waste heat to the grid.')
  await commitments.getByLabel('Measure it contributes to').selectOption({ label: measure })
  await commitments.getByLabel('Target value').fill('30')
  await commitments.getByLabel('Unit').fill('GWh/yr')
  await commitments.getByLabel('By year').fill('2029')
  await commitments.getByRole('button', { name: 'Sign commitment' }).click()
  await expect(commitments.getByText('Commitment signed.')).toBeVisible()
}

test('a facilitator publishes parts of the plan; a reader with the link sees them and no name', async ({
  openPage,
}) => {
  const facilitator = await openPage(LAPTOP)
  const code = await createWorkshop(facilitator, 'Climate evening in Umeå', 'Umeå')
  const zofia = await openPage(PHONE)
  await joinWithCode(zofia, code, 'Zofia Wąsowska')
  await proposeMeasure(zofia, 'Car-free school streets')
  const heat = 'Waste heat to the district heating grid'
  await proposeMeasure(facilitator, heat, { field: 'Energy systems' })

  // the plan: a line of text under A-3, and both measures in it
  await facilitator.getByRole('link', { name: 'Plan' }).click()
  const planText = facilitator.getByRole('textbox', { name: 'Plan document' })
  await planText.getByRole('heading', { name: /A-3/ }).click()
  await facilitator.keyboard.press('End')
  await facilitator.keyboard.press('Enter')
  await facilitator.keyboard.type('Peat still heats the grid in winter.')
  for (const title of ['Car-free school streets', heat]) {
    await facilitator.getByRole('button', { name: `Add to plan: ${title}` }).click()
  }

  const erik = await openPage(PHONE)
  await commitForOrganisation(facilitator, erik, heat)

  // publish the text, the measures and the commitments; not the pathway, not the investment plan
  const panel = facilitator.getByRole('region', { name: 'Public page' })
  await expect(panel.getByText('Not published.')).toBeVisible()
  await panel.getByRole('checkbox', { name: /The pathway chart/ }).uncheck()
  await panel.getByRole('checkbox', { name: 'The investment plan' }).uncheck()
  await panel.getByRole('button', { name: 'Publish' }).click()
  const linkBox = panel.getByRole('textbox', { name: 'Public link' })
  await expect(linkBox).toHaveValue(/\/p\/[\w-]{22}$/)
  const link = await linkBox.inputValue()
  await expectAccessible(facilitator, 'the plan with its Publish panel')

  const reader = await openPage(PHONE)
  await reader.goto(link)
  await expect(
    reader.getByRole('heading', { level: 1, name: 'Climate evening in Umeå' }),
  ).toBeVisible()
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText([
    'The plan',
    'Measures in the plan',
    'Commitments',
  ])
  await expect(reader).toHaveTitle('Climate evening in Umeå – Pactboard')
  const text = reader.getByRole('region', { name: 'The plan', exact: true })
  await expect(text.getByRole('heading', { name: 'A-3 Barriers and opportunities' })).toBeVisible()
  await expect(text).toContainText('Peat still heats the grid in winter.')
  const measures = reader.getByRole('region', { name: 'Measures in the plan' })
  for (const title of ['Car-free school streets', heat]) {
    await expect(measures.getByRole('heading', { level: 3, name: title })).toBeVisible()
  }
  const register = reader.getByRole('region', { name: 'Commitments' })
  await expect(register.getByRole('rowheader', { name: /Umeå Energi AB/ })).toBeVisible()
  await expect(register).toContainText('We deliver our waste heat to the grid.')
  await expect(register).toContainText(`For the measure “${heat}”`)
  // the whole document's text, what is visually hidden included
  const page = ((await reader.locator('body').textContent()) ?? '').normalize()
  for (const name of NAMES) expect(page, name).not.toContain(name)
  expect(page).not.toContain('Chief executive')
  await expectAccessible(reader, 'the public page of the plan on a phone')

  // withdrawn: a browser that never saw the page finds nothing at the link
  await panel.getByRole('button', { name: 'Unpublish' }).click()
  await expect(panel.getByText('Not published.')).toBeVisible()
  await expect(linkBox).toHaveCount(0)
  const later = await openPage(PHONE)
  await later.goto(link)
  await expect(
    later.getByRole('heading', { level: 1, name: 'This plan is not published' }),
  ).toBeVisible()
  const slug = new URL(link).pathname.split('/').at(-1)
  expect((await later.request.get(`/api/public/plans/${slug}`)).status()).toBe(404)
  await expectAccessible(later, 'a withdrawn public link')
})
