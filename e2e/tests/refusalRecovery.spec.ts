import {
  createWorkshop,
  expect,
  fillProposal,
  joinWithCode,
  PHONE,
  proposeMeasure,
  test,
} from '../fixtures/test.ts'

/**
 * A proposal refused because the phase closed a moment earlier: the phone says why, its board
 * (and its IndexedDB copy) goes back to the server's, and the typed proposal is kept, to be
 * sent again once the facilitator opens proposals again.
 */

const SOLAR = 'Solar roofs on schools'
const TRAMS = 'Night trams at weekends'
const NOT_SAVED = `Your proposal “${TRAMS}” was not saved: new proposals are closed in the Discuss phase.`

test('a proposal refused as the phase closes is kept, never ghosted, and sent again later', async ({
  openPage,
}) => {
  const facilitator = await openPage()
  const code = await createWorkshop(facilitator, 'Mobility evening in Umeå', 'Umeå')
  const alice = await openPage(PHONE)
  await joinWithCode(alice, code, 'Alice')

  await facilitator.getByRole('button', { name: 'Start the agenda' }).click()
  const next = facilitator.getByRole('button', { name: 'Next phase' })
  await next.click()
  const phase = alice.getByRole('region', { name: 'Current phase' })
  await expect(phase).toContainText('Propose')
  await proposeMeasure(facilitator, SOLAR, { field: 'Energy systems' })
  await expect(alice.getByRole('heading', { name: SOLAR })).toBeVisible()

  // Alice types her proposal; the facilitator moves on to Discuss before she sends it.
  await alice.getByRole('button', { name: 'Add measure' }).click()
  await fillProposal(alice, TRAMS, {
    whatItChanges: 'Every 20 minutes on Friday and Saturday nights.',
  })
  await next.click()
  await expect(phase).toContainText('Discuss')
  await alice.getByRole('button', { name: 'Save measure' }).click()

  const kept = alice.getByRole('alert').filter({ hasText: NOT_SAVED })
  await expect(kept).toBeVisible()
  await expect(alice.getByRole('heading', { name: TRAMS })).toHaveCount(0)
  await expect(alice.getByRole('heading', { name: SOLAR })).toBeVisible()
  await expect(facilitator.getByRole('heading', { name: TRAMS })).toHaveCount(0)
  await alice.screenshot({ path: '/tmp/pactboard-refusal-phone.png', fullPage: true })

  // What she typed is there to see; it cannot be sent while proposals are closed.
  await kept.getByRole('button', { name: `Open “${TRAMS}” again` }).click()
  const dialog = alice.getByRole('dialog', { name: 'Add measure' })
  await expect(dialog.getByLabel('Title')).toHaveValue(TRAMS)
  await expect(dialog.getByRole('button', { name: 'Save measure' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // A reload brings back the server's board, with no ghost card, and the kept proposal.
  await alice.reload()
  await expect(alice.getByRole('status')).toHaveText('Online')
  await expect(alice.getByRole('heading', { name: SOLAR })).toBeVisible()
  await expect(alice.getByRole('heading', { name: TRAMS })).toHaveCount(0)
  await expect(alice.getByRole('alert').filter({ hasText: NOT_SAVED })).toBeVisible()

  // Proposals open again: she sends the kept proposal and everyone sees it.
  await facilitator.getByRole('button', { name: 'Previous phase' }).click()
  await expect(phase).toContainText('Propose')
  await alice.getByRole('button', { name: `Open “${TRAMS}” again` }).click()
  await expect(dialog.getByLabel('What it changes')).toHaveValue(
    'Every 20 minutes on Friday and Saturday nights.',
  )
  await dialog.getByRole('button', { name: 'Save measure' }).click()
  await expect(facilitator.getByRole('heading', { name: TRAMS })).toBeVisible()
  await expect(alice.getByRole('heading', { name: TRAMS })).toBeVisible()
  await expect(alice.getByText(NOT_SAVED)).toHaveCount(0)
})
