import type { BrowserContextOptions, Page } from '@playwright/test'
import {
  createWorkshop,
  expect,
  joinWithCode,
  PHONE,
  proposeMeasure,
  test,
} from '../fixtures/test.ts'

/**
 * The foundation, as people use it: a facilitator on a laptop creates a workshop, two
 * participants join on phones with the code, a measure one of them adds appears on every
 * screen, and survives a reload and a restart of the server.
 */

/** A facilitator's workshop on a laptop, Alice and Bob joined on phones with its code. */
async function eveningInLund(openPage: (options?: BrowserContextOptions) => Promise<Page>) {
  const facilitator = await openPage()
  const code = await createWorkshop(facilitator, 'Climate evening in Lund', 'Lund')
  const alice = await openPage(PHONE)
  const bob = await openPage(PHONE)
  await joinWithCode(alice, code, 'Alice')
  await joinWithCode(bob, code, 'Bob')
  return { facilitator, code, alice, bob }
}

function card(page: Page, title: string) {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) })
}

test('a measure one participant adds appears live for everyone, and survives reload and restart', async ({
  app,
  openPage,
}) => {
  const { facilitator, code, alice, bob } = await eveningInLund(openPage)

  await expect(facilitator.getByText('3 people here')).toBeVisible()

  await proposeMeasure(alice, 'Car-free school streets', {
    whatItChanges: 'Close the streets in front of schools at drop-off.',
  })

  for (const page of [facilitator, bob, alice]) {
    await expect(card(page, 'Car-free school streets')).toBeVisible()
    await expect(card(page, 'Car-free school streets')).toContainText('Alice')
  }

  await bob.reload()
  await expect(card(bob, 'Car-free school streets')).toBeVisible()

  await app.restart('SIGKILL')
  for (const page of [facilitator, alice, bob]) {
    await expect(page.getByRole('status')).toHaveText('Online', { timeout: 15_000 })
  }
  await proposeMeasure(bob, 'Bike lanes on Stora Södergatan')
  await expect(card(alice, 'Bike lanes on Stora Södergatan')).toBeVisible()

  const late = await openPage(PHONE)
  await joinWithCode(late, code, 'Carla')
  await expect(card(late, 'Car-free school streets')).toBeVisible()
})

test('a participant edits her own card and everyone reads the new text; nobody else may edit it', async ({
  openPage,
}) => {
  const { facilitator, alice, bob } = await eveningInLund(openPage)
  await proposeMeasure(alice, 'Car-free school streets', { whatItChanges: 'Close them at 8.' })
  await expect(card(bob, 'Car-free school streets')).toContainText('Close them at 8.')

  // The server judges the fields the edit touched; what it keeps is what the others read.
  await alice.getByRole('button', { name: 'Edit Car-free school streets' }).click()
  const dialog = alice.getByRole('dialog')
  await dialog.getByLabel('What it changes').fill('Close them from 7.30 to 8.30 on school days.')
  await dialog.getByRole('button', { name: 'Save measure' }).click()
  for (const page of [facilitator, bob]) {
    await expect(card(page, 'Car-free school streets')).toContainText('from 7.30 to 8.30')
  }
  await expect(bob.getByRole('button', { name: 'Edit Car-free school streets' })).toHaveCount(0)
  await expect(alice.getByText(/refused/)).toHaveCount(0)
})
