import type { Page } from '@playwright/test'
import { importFullBoard, signInAsFacilitator } from '../fixtures/fullBoard.ts'
import { expect, joinWithCode, PHONE, proposeMeasure, test } from '../fixtures/test.ts'

/**
 * The room at full size: a board of 300 cards. On a 1366×768 laptop the facilitator sees the
 * first card without scrolling, beside their console; the phase stays in view while the board
 * scrolls; only the cards on screen are in the page; the room runs from the keyboard. A
 * participant has no console, and their own proposals one tap away, still there after a reload.
 */

const CARDS = 300

function phase(page: Page) {
  return page.getByRole('region', { name: 'Current phase' })
}

test('the facilitator runs a 300-card board from a laptop: board first, console beside it, keys', async ({
  app,
  openPage,
}) => {
  const board = await importFullBoard(app.url, CARDS)
  const page = await openPage({ viewport: { width: 1366, height: 768 } })
  await signInAsFacilitator(page, board)
  await page.goto(`/w/${board.workshopId}`)

  const console = page.getByRole('complementary', { name: 'Facilitator’s console' })
  await expect(console).toBeVisible()
  await expect(page.getByText(`${CARDS} measures`)).toBeVisible()
  const firstCard = page.getByRole('article').first()
  await expect(firstCard).toBeInViewport()
  // Grouped by field of action, the newest first: the newest energy proposal (every 7th) leads.
  await expect(firstCard).toHaveAccessibleName('Proposal number 295')
  expect(await page.getByRole('article').count()).toBeLessThan(60)

  // Deep in the board the phase, its timer and the console are still in view.
  await page.mouse.wheel(0, 6000)
  await expect(page.getByRole('article').first()).not.toHaveAccessibleName('Proposal number 295')
  await expect(phase(page)).toBeInViewport()
  await expect(console).toBeInViewport()
  expect(await page.getByRole('article').count()).toBeLessThan(60)

  // The keyboard: help, next phase, timer, folding the console, search.
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toContainText('Next phase')
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)
  await page.keyboard.press('n')
  await expect(phase(page)).toContainText('Phase 1 of')
  await page.keyboard.press('n')
  await expect(phase(page)).toContainText('Phase 2 of')
  await page.keyboard.press('t')
  await expect(page.getByLabel('Time left in this phase (running)')).toBeVisible()
  await page.keyboard.press('t')
  await expect(page.getByLabel('Time left in this phase (paused)')).toBeVisible()
  await page.keyboard.press('c')
  await expect(console.getByRole('button', { name: 'Unfold the console' })).toBeVisible()
  // Folded, the counts still show: two facilitators, the export's and the importer.
  await expect(console.getByRole('tab', { name: /People/ })).toContainText('2')
  await page.keyboard.press('c')
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search cards' })).toBeFocused()
  // Typing in a field is typing, not shortcuts: the phase stays where it was.
  await page.keyboard.type('number 123')
  await expect(phase(page)).toContainText('Phase 2 of')
  await expect(page.getByRole('article')).toHaveCount(1)
  await expect(page.getByRole('article')).toHaveAccessibleName('Proposal number 123')

  // A wide screen shows more of the board, the console still beside it.
  await page.getByRole('button', { name: 'Clear search and filters' }).click()
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(page.getByRole('article').first()).toBeInViewport()
  await expect(console).toBeInViewport()
})

test('a participant has no console, and their proposals one tap away, kept after a reload', async ({
  app,
  openPage,
}) => {
  const board = await importFullBoard(app.url, CARDS)
  const alice = await openPage(PHONE)
  await joinWithCode(alice, board.joinCode, 'Alice')
  await expect(alice.getByRole('article').first()).toBeInViewport()
  await expect(alice.getByRole('complementary', { name: 'Facilitator’s console' })).toHaveCount(0)
  await expect(alice.getByRole('button', { name: 'Next phase' })).toHaveCount(0)
  await alice.keyboard.press('n')
  await expect(phase(alice)).toContainText('The agenda has not started yet')

  await proposeMeasure(alice, 'Cargo bikes for municipal deliveries')
  await alice.getByRole('button', { name: 'My proposals' }).click()
  await expect(alice.getByRole('article')).toHaveCount(1)
  await expect(alice.getByRole('article')).toHaveAccessibleName(
    'Cargo bikes for municipal deliveries',
  )
  await expect(alice.getByText(`Showing 1 of ${CARDS + 1} cards.`)).toBeVisible()

  await alice.reload()
  await expect(alice.getByRole('button', { name: 'My proposals' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(alice.getByRole('article')).toHaveCount(1)
  // The same tools as on a laptop: filters, order, groups.
  await alice.getByRole('button', { name: 'Filters', exact: true }).click()
  await expect(alice.getByRole('group', { name: 'Field of action' })).toBeVisible()
  await expect(alice.getByRole('combobox', { name: 'Sort' })).toBeVisible()
  await expect(alice.getByRole('combobox', { name: 'Group' })).toBeVisible()
})
