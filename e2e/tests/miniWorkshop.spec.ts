import type { Page } from '@playwright/test'
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
 * A miniature citizen workshop, as a facilitator and three people on phones live it: proposals
 * in silent mode, revealed at once; a duplicate merged (its dots move to the card that stays);
 * dot voting within the budget; results hidden until the facilitator reveals them, then ranked
 * on the board and on the projector. The timer runs on every screen.
 */

const BIKES = 'Bike lanes on Storgatan'
const MORE_BIKES = 'More bike lanes'
const SOLAR = 'Solar roofs on schools'

async function propose(page: Page, title: string): Promise<void> {
  await proposeMeasure(page, title)
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
}

function card(page: Page, title: string) {
  return page.getByRole('article', { name: title })
}

/** Casts `dots` one by one, waiting each time until the server's count is back on the card. */
async function addDots(page: Page, title: string, dots: number): Promise<void> {
  const onCard = card(page, title)
  const before = Number(
    (
      (await onCard.getByRole('img', { name: /on this card/ }).getAttribute('aria-label')) ?? ''
    ).match(/\d+/)?.[0] ?? 0,
  )
  for (let dot = before + 1; dot <= before + dots; dot++) {
    await onCard.getByRole('button', { name: `Add a dot to ${title}` }).click()
    await expect(onCard.getByRole('img', { name: `Your dots on this card: ${dot}` })).toBeVisible()
  }
}

test('propose in silence, merge a duplicate, vote within the budget, reveal the results', async ({
  openPage,
}) => {
  test.setTimeout(120_000)
  const facilitator = await openPage()
  const code = await createWorkshop(facilitator, 'Climate evening in Lund', 'Lund')
  const phones = await Promise.all([openPage(PHONE), openPage(PHONE), openPage(PHONE)])
  const [alice, bo, cem] = phones as [Page, Page, Page]
  await joinWithCode(alice, code, 'Alice')
  await joinWithCode(bo, code, 'Bo')
  await joinWithCode(cem, code, 'Cem')

  // Welcome, then Propose, with the timer running on every phone.
  await facilitator.getByRole('button', { name: 'Start the agenda' }).click()
  const next = facilitator.getByRole('button', { name: 'Next phase' })
  await next.click()
  await facilitator.getByRole('button', { name: 'Start timer' }).click()
  for (const phone of phones) {
    await expect(phone.getByRole('region', { name: 'Current phase' })).toContainText('Propose')
    await expect(phone.getByLabel('Time left in this phase (running)')).toBeVisible()
  }

  // Silent mode: everyone writes alone; the facilitator sees it all, then reveals it at once.
  await openConsole(facilitator, 'Moderation')
  await facilitator.getByRole('button', { name: 'Start silent mode' }).click()
  await expect(facilitator.getByText(/Silent mode is not a privacy feature/)).toBeVisible()
  await expect(alice.getByText(/Silent mode: you see your own new proposals/)).toBeVisible()
  await propose(alice, BIKES)
  await propose(bo, MORE_BIKES)
  await propose(cem, SOLAR)
  for (const title of [BIKES, MORE_BIKES, SOLAR]) {
    await expect(facilitator.getByRole('heading', { name: title })).toBeVisible()
  }
  await expect(alice.getByRole('heading', { name: MORE_BIKES })).toHaveCount(0)
  await expect(alice.getByRole('heading', { name: SOLAR })).toHaveCount(0)
  await expect(bo.getByRole('heading', { name: BIKES })).toHaveCount(0)
  await facilitator.getByRole('button', { name: 'Reveal all proposals' }).click()
  for (const phone of phones) {
    for (const title of [BIKES, MORE_BIKES, SOLAR]) {
      await expect(phone.getByRole('heading', { name: title })).toBeVisible()
    }
  }

  // Discuss, then Vote: five dots each, at most three on one card.
  await openConsole(facilitator, 'Agenda')
  await next.click()
  await next.click()
  await expect(alice.getByRole('region', { name: 'Current phase' })).toContainText('Vote')
  await expect(alice.getByText('You have 5 of 5 dots left')).toBeVisible()
  await addDots(alice, SOLAR, 3)
  await expect(
    card(alice, SOLAR).getByRole('button', { name: `Add a dot to ${SOLAR}` }),
  ).toHaveAccessibleDescription('This card has the most dots you may give it.')
  await addDots(alice, BIKES, 2)
  await expect(alice.getByText('You have 0 of 5 dots left')).toBeVisible()
  await expect(
    card(alice, MORE_BIKES).getByRole('button', { name: `Add a dot to ${MORE_BIKES}` }),
  ).toHaveAccessibleDescription('You have spent all your dots.')
  await addDots(bo, MORE_BIKES, 2)
  await addDots(bo, SOLAR, 1)
  await addDots(cem, BIKES, 1)
  // Nobody sees a total before the reveal, only their own dots.
  await expect(card(cem, BIKES).getByText(/^\d+ dots?$/)).toHaveCount(0)

  // The facilitator merges the duplicate: it leaves every board and Bo's dots move with it.
  const duplicate = card(facilitator, MORE_BIKES)
  await duplicate.getByRole('button', { name: `Merge ${MORE_BIKES} into another card` }).click()
  const mergeDialog = facilitator.getByRole('dialog')
  await mergeDialog.getByRole('radio', { name: BIKES }).check()
  await mergeDialog.getByRole('button', { name: 'Merge' }).click()
  for (const phone of phones) {
    await expect(phone.getByRole('heading', { name: MORE_BIKES })).toHaveCount(0)
  }
  await expect(
    card(bo, BIKES).getByRole('img', { name: 'Your dots on this card: 2' }),
  ).toBeVisible()
  await expect(bo.getByText('You have 2 of 5 dots left')).toBeVisible()

  // Results: revealed by the facilitator, the same on every phone and on the projector.
  await openConsole(facilitator, 'Voting')
  await facilitator.getByRole('button', { name: 'Reveal results' }).click()
  for (const phone of phones) {
    await expect(card(phone, BIKES).getByText('5 dots')).toBeVisible()
    await expect(card(phone, SOLAR).getByText('4 dots')).toBeVisible()
  }
  await openConsole(facilitator, 'Agenda')
  await next.click()
  await expect(alice.getByRole('region', { name: 'Current phase' })).toContainText('Results')
  const ranking = alice.getByRole('table', { name: 'Results' })
  await expect(ranking.getByRole('row').nth(1)).toContainText(BIKES)
  await expect(ranking.getByRole('row').nth(2)).toContainText(SOLAR)

  await facilitator.getByRole('link', { name: 'Present' }).click()
  const results = facilitator.getByRole('region', { name: 'Results' })
  await expect(results).toContainText(BIKES)
  await expect(results.getByRole('img', { name: /Bar chart of dots per card/ })).toBeVisible()
  await facilitator.screenshot({ path: 'test-results/mini-workshop-present.png' })
  await alice.screenshot({ path: 'test-results/mini-workshop-phone.png', fullPage: true })
})
