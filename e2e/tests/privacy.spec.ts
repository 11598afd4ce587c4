import type { Page } from '@playwright/test'
import {
  createWorkshop,
  expect,
  openConsole,
  PHONE,
  proposeMeasure,
  test,
} from '../fixtures/test.ts'

/**
 * Personal data, as people meet it ([G1] [G2] [G6]): a participant reads the privacy notice and
 * joins, proposes and comments; the facilitator erases her (the board then shows "Former
 * participant 2" and her comment is gone); the facilitator deletes the workshop and another
 * participant's phone says it is gone; "Leave and remove this device's data" empties the
 * browser's IndexedDB and localStorage.
 */

function card(page: Page, title: string) {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) })
}

/** What this page's origin keeps: localStorage keys and IndexedDB database names. */
function storedLocally(page: Page): Promise<{ keys: string[]; databases: string[] }> {
  return page.evaluate(async () => ({
    keys: Object.keys(localStorage),
    databases: (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : [])),
  }))
}

test('notice, erasure, deletion and leaving the device, as people meet them', async ({
  openPage,
}, testInfo) => {
  const title = 'Privacy evening in Lund'
  const facilitator = await openPage()
  const code = await createWorkshop(facilitator, title, 'Lund')

  // Alice reads the notice, then joins.
  const alice = await openPage(PHONE)
  await alice.goto(`/join/${code.replace('-', '')}`)
  const notice = alice.getByRole('note', { name: 'Your data in this workshop' })
  await expect(notice).toContainText('What is kept: the name you type')
  await expect(notice).toContainText('Who sees it: everyone in this workshop')
  await expect(notice).toContainText('For how long: until the facilitator deletes the workshop.')
  await expect(notice).toContainText('(controller)')
  await alice.screenshot({ path: testInfo.outputPath('privacy-notice.png'), fullPage: true })
  await alice.getByLabel('Display name').fill('Alice')
  await alice.getByRole('button', { name: 'Join' }).click()
  await expect(alice.getByRole('status')).toHaveText('Online')

  // She proposes and comments.
  await proposeMeasure(alice, 'Car-free school streets')
  const aliceCard = card(alice, 'Car-free school streets')
  await aliceCard.getByText('Comments (0)').click()
  await aliceCard
    .getByRole('textbox', { name: 'Comment' })
    .fill('I live on this street, at number 12')
  await aliceCard.getByRole('button', { name: 'Post comment' }).click()

  const facilitatorCard = card(facilitator, 'Car-free school streets')
  await expect(facilitatorCard).toContainText('Alice')
  await expect(facilitatorCard.getByText('Comments (1)')).toBeVisible()

  // Bob is on his phone too; he will see the workshop go.
  const bob = await openPage(PHONE)
  await bob.goto(`/join/${code.replace('-', '')}`)
  await bob.getByLabel('Display name').fill('Bob')
  await bob.getByRole('button', { name: 'Join' }).click()
  await expect(bob.getByRole('status')).toHaveText('Online')
  await expect(card(bob, 'Car-free school streets')).toBeVisible()

  // The facilitator erases Alice, from the people in the console.
  await openConsole(facilitator, 'People')
  await facilitator.getByRole('button', { name: 'Erase this person: Alice' }).click()
  const eraseDialog = facilitator.getByRole('dialog', { name: 'Erase Alice?' })
  await expect(eraseDialog).toContainText('their proposals stay, without their name')
  await facilitator.screenshot({ path: testInfo.outputPath('erase-dialog.png') })
  await eraseDialog.getByRole('button', { name: 'Erase Alice' }).click()

  await expect(alice).toHaveURL(/\/join/)
  for (const page of [facilitator, bob]) {
    const erased = card(page, 'Car-free school streets')
    await expect(erased).toContainText('Former participant 2')
    await expect(erased).not.toContainText('Alice')
    await expect(erased.getByText('Comments (0)')).toBeVisible()
  }
  await facilitator.getByText('Comments (0)').first().click()
  await expect(facilitator.getByText('I live on this street')).toHaveCount(0)

  // The facilitator deletes the workshop; Bob's phone says it is gone and keeps no copy.
  expect((await storedLocally(bob)).databases.length).toBeGreaterThan(0)
  await facilitator.getByRole('button', { name: 'Delete workshop' }).click()
  const deleteDialog = facilitator.getByRole('dialog', { name: `Delete “${title}”?` })
  await facilitator.screenshot({ path: testInfo.outputPath('delete-dialog.png') })
  await deleteDialog.getByRole('button', { name: `Delete “${title}” for good` }).click()
  await expect(facilitator.getByRole('heading', { level: 1 })).toHaveText(
    'This workshop was deleted',
  )
  await expect(bob.getByRole('heading', { level: 1 })).toHaveText('This workshop was deleted')
  await expect(bob.getByRole('status')).toContainText('The facilitator deleted this workshop')
  await expect.poll(async () => (await storedLocally(bob)).databases).toEqual([])

  // Leaving: a new workshop on the facilitator's laptop, then everything off the device.
  await createWorkshop(facilitator, 'Second evening in Lund', 'Lund')
  await expect(facilitator.getByRole('status')).toHaveText('Online')
  const before = await storedLocally(facilitator)
  expect(before.keys).toContain('pactboard:sessions')
  expect(before.databases.length).toBeGreaterThan(0)
  await facilitator.getByRole('button', { name: "Leave and remove this device's data" }).click()
  await facilitator
    .getByRole('dialog', { name: "Remove this device's data?" })
    .getByRole('button', { name: "Remove this device's data" })
    .click()
  await expect(facilitator.getByRole('heading', { level: 1 })).toHaveText(
    'This device holds no Pactboard data',
  )
  expect(await storedLocally(facilitator)).toEqual({ keys: [], databases: [] })
})
