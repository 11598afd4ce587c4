import type { Page } from '@playwright/test'
import { createWorkshop, expect, fillProposal, openConsole, test } from '../fixtures/test.ts'

/**
 * A planner gives a measure its costs by year and a funding line, brings it into the plan and
 * reads the investment plan: the investment needed per year, the funding secured, and the gap.
 */

async function invitePlanner(facilitator: Page): Promise<string> {
  await openConsole(facilitator, 'People')
  await facilitator.getByText('Invite into a role').click()
  await facilitator.getByLabel('Role', { exact: true }).selectOption('planner')
  await facilitator.getByRole('button', { name: 'Create invite link' }).click()
  const link = await facilitator.getByLabel('Invite link for Planner').inputValue()
  return new URL(link).pathname + new URL(link).search
}

test('a planner enters costs and funding by year and sees the funding gap', async ({
  openPage,
}) => {
  const facilitator = await openPage()
  await createWorkshop(facilitator, 'Investment sprint in Umeå', 'Umeå')
  const invitePath = await invitePlanner(facilitator)

  const per = await openPage()
  await per.goto(invitePath)
  await per.getByLabel('Display name').fill('Per')
  await per.getByRole('button', { name: 'Join' }).click()
  await per.waitForURL(/\/w\//)

  await per.getByRole('button', { name: 'Add measure' }).click()
  await fillProposal(per, 'District heating from waste heat', { field: 'Energy systems' })
  const dialog = per.getByRole('dialog')
  // the figures are folded for everyone at first; a planner unfolds them
  const figures = dialog.locator('details', { has: per.getByText(/^Figures \(optional\)/) })
  if ((await figures.first().getAttribute('open')) === null) {
    await dialog.getByText(/^Figures \(optional\)/).click()
  }
  await dialog.getByText('Type and timeline').click()
  await dialog.getByLabel('Start year').fill('2027')
  await dialog.getByLabel('End year').fill('2028')
  await dialog.getByText('Costs by year and funding').click()
  const capex = dialog.getByRole('group', { name: 'Capex by year' })
  await capex.getByRole('button', { name: 'Add a capex year' }).click()
  await capex.getByRole('button', { name: 'Add a capex year' }).click()
  await capex.getByLabel('Capex 1: amount (€)').fill('600000')
  await capex.getByLabel('Capex 2: amount (€)').fill('400000')
  await dialog.getByRole('button', { name: 'Add funding line' }).click()
  await dialog.getByLabel('Funding 1: source').fill('EIB')
  await dialog.getByLabel('Funding 1: type').selectOption('loan')
  await dialog.getByLabel('Funding 1: status').selectOption('secured')
  await dialog.getByLabel('Funding 1: amount (€)').fill('250000')
  await dialog.getByRole('button', { name: 'Save measure' }).click()
  await expect(dialog).toBeHidden()

  await per.getByRole('link', { name: 'Plan' }).click()
  await per.getByRole('button', { name: 'Add to plan: District heating from waste heat' }).click()
  const table = per.getByRole('table', {
    name: 'Investment needed, funding by status and the gap, by year',
  })
  const row = (name: string) =>
    table.getByRole('row').filter({ has: per.getByRole('rowheader', { name }) })
  await expect(row('2027')).toContainText('€600,000')
  await expect(row('2027')).toContainText('€350,000') // 600 k needed − 250 k secured
  await expect(row('2028')).toContainText('€400,000')
  await expect(row('Total')).toContainText('€1,000,000')
  await expect(row('Total')).toContainText('€750,000')
  await expect(per.getByText(/Gap to secured funding: €750,000/)).toBeVisible()
})
