import {
  createWorkshop,
  expect,
  fillProposal,
  joinWithCode,
  openConsole,
  PHONE,
  test,
} from '../fixtures/test.ts'

/**
 * The facilitator runs the room: phases open and close proposing on every phone (the server
 * refuses what the phase does not allow), the timer runs on every screen, and a removed
 * participant is sent out at once.
 */

test('phases open and close proposing, the timer runs everywhere, a removed person is sent out', async ({
  openPage,
}) => {
  const facilitator = await openPage()
  const code = await createWorkshop(facilitator, 'Citizens evening in Malmö', 'Malmö')

  const alice = await openPage(PHONE)
  await joinWithCode(alice, code, 'Alice')
  const addMeasure = alice.getByRole('button', { name: 'Add measure' })
  await expect(addMeasure).toBeEnabled()

  await facilitator.getByRole('button', { name: 'Start the agenda' }).click()
  await expect(addMeasure).toBeDisabled()

  const next = facilitator.getByRole('button', { name: 'Next phase' })
  await next.click()
  await expect(alice.getByRole('region', { name: 'Current phase' })).toContainText('Propose')
  await expect(addMeasure).toBeEnabled()
  await addMeasure.click()
  await fillProposal(alice, 'Tree-lined streets', {
    field: 'Green infrastructure and nature-based solutions',
  })
  await alice.getByRole('button', { name: 'Save measure' }).click()
  await expect(facilitator.getByRole('heading', { name: 'Tree-lined streets' })).toBeVisible()

  await facilitator.getByRole('button', { name: 'Start timer' }).click()
  await expect(alice.getByLabel('Time left in this phase (running)')).toBeVisible()

  await next.click()
  await next.click()
  await expect(alice.getByRole('region', { name: 'Current phase' })).toContainText(
    'Proposals are closed in the Vote phase.',
  )
  await expect(addMeasure).toBeDisabled()

  await openConsole(facilitator, 'People')
  await facilitator.getByRole('button', { name: 'Remove Alice' }).click()
  await facilitator.getByRole('dialog').getByRole('button', { name: 'Remove Alice' }).click()
  await expect(
    alice.getByText('You were removed from this workshop by the facilitator.'),
  ).toBeVisible()
  await expect(alice).toHaveURL(/\/join/)
})
