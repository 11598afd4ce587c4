import { expectAccessible } from '../fixtures/axe.ts'
import {
  createWorkshop,
  expect,
  openConsole,
  PHONE,
  proposeMeasure,
  test,
} from '../fixtures/test.ts'

/**
 * [P24][P25][P26] An organisation's people come in by its link and sign for it: the facilitator
 * keeps the directory, hands a company its invite link, its representative completes the
 * signatory and signs a commitment for a measure, in other units with the tCO2e it is worth, and
 * the measure is committed on everyone's board.
 */
test('a company joins by its organisation’s link, signs, and the measure is committed', async ({
  openPage,
}) => {
  const facilitator = await openPage({ viewport: { width: 1366, height: 768 } })
  await createWorkshop(facilitator, 'Företagsfrukost', 'Umeå')
  await proposeMeasure(facilitator, 'Waste heat to the district heating grid', {
    field: 'Energy systems',
  })
  const card = facilitator.getByRole('article').filter({ hasText: 'Waste heat to the district' })
  await expect(card).toContainText('Proposed')

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
  const link = await directory
    .getByRole('textbox', { name: 'Invite link for Umeå Energi AB' })
    .inputValue()
  await expectAccessible(facilitator, 'organisation directory')

  const erik = await openPage(PHONE)
  await erik.goto(link)
  await expect(erik.getByText('You are invited to represent Umeå Energi AB.')).toBeVisible()
  await expect(erik.getByLabel('Organisation name')).toHaveCount(0)
  await erik.getByLabel('Display name').fill('Erik')
  await erik.getByRole('button', { name: 'Join' }).click()
  await erik.waitForURL(/\/w\//)

  const commitments = erik.getByRole('region', { name: 'Commitments' })
  await commitments.locator('summary', { hasText: 'Your organisation’s details' }).click()
  await commitments.getByLabel('Signatory’s name').fill('Erik Ek')
  await commitments.getByLabel('Signatory’s position').fill('CEO')
  await commitments.getByRole('button', { name: 'Save' }).click()
  await expect(commitments.getByText('Saved.')).toBeVisible()

  await commitments
    .getByLabel('What your organisation commits to')
    .fill('We deliver our waste heat to the grid.')
  await commitments
    .getByLabel('Measure it contributes to')
    .selectOption({ label: 'Waste heat to the district heating grid' })
  await commitments.getByLabel('Target value').fill('30')
  await commitments.getByLabel('Unit').fill('GWh/yr')
  await commitments.getByLabel('By year').fill('2029')
  await commitments.getByLabel('Equivalent in tCO₂e a year').fill('1500')
  await commitments
    .getByLabel('How the equivalent was worked out')
    .fill('30 GWh × 50 g/kWh, the district heating mix it replaces')
  await commitments.getByRole('button', { name: 'Sign commitment' }).click()
  await expect(commitments.getByText('Commitment signed.')).toBeVisible()
  await expect(commitments.getByText(/≈ 1,500 tCO₂e a year/)).toBeVisible()
  await expectAccessible(erik, 'commitments with the organisation’s details')

  // [P24] committed on the facilitator's board, live
  await expect(card).toContainText('Committed')
  // [P25] the directory shows what the representative filled in
  await expect(directory.getByText('Erik Ek, CEO')).toBeVisible()
})
