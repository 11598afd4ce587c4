import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'

/**
 * A workshop run with no mouse, as someone who uses the keyboard alone (or a switch, or a
 * screen reader's keys) runs it: Tab moves to a control, Enter or Space works it. A participant
 * joins, proposes, comments and votes; the facilitator moves through the phases and reveals the
 * results. Nothing is clicked; a control Tab cannot reach fails the test.
 */

const TITLE = 'Solar roofs on every school'

/** Presses Tab until `target` has focus; fails if it never does (it is not in the tab order). */
async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  await expect(target).toBeVisible()
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

async function activate(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press(key)
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.type(text)
}

test('a participant and a facilitator run a workshop from the keyboard alone', async ({
  openPage,
}) => {
  test.setTimeout(150_000)
  const facilitator = await openPage()
  await facilitator.goto('/')
  await typeInto(facilitator, facilitator.getByLabel('Title'), 'Keyboard evening in Lyon')
  await typeInto(facilitator, facilitator.getByLabel('City'), 'Lyon')
  await typeInto(facilitator, facilitator.getByLabel('Your name'), 'Frida')
  await activate(facilitator, facilitator.getByRole('button', { name: 'Create workshop' }))
  await expect(
    facilitator.getByRole('heading', { level: 1, name: /Keyboard evening/ }),
  ).toBeVisible()
  const code = ((await facilitator.getByLabel('Join code').first().textContent()) ?? '').trim()

  const participant = await openPage()
  await participant.goto('/join')
  await typeInto(participant, participant.getByLabel('Join code'), code)
  await typeInto(participant, participant.getByLabel('Display name'), 'Aino')
  await activate(participant, participant.getByRole('button', { name: 'Join', exact: true }))
  await expect(participant.getByRole('status').filter({ hasText: 'Online' })).toBeVisible()

  const next = facilitator.getByRole('button', { name: 'Next phase' })
  await activate(facilitator, facilitator.getByRole('button', { name: 'Start the agenda' }))
  await activate(facilitator, next)
  const phase = participant.getByRole('region', { name: 'Current phase' })
  await expect(phase).toContainText('Propose')

  // Propose: the form opens with focus in its first field, and Tab reaches Save.
  await activate(participant, participant.getByRole('button', { name: 'Add measure' }))
  await expect(participant.getByRole('dialog')).toBeVisible()
  await expect(participant.getByLabel('Title')).toBeFocused()
  await participant.keyboard.type(TITLE)
  // The field of action: Tab reaches the group, an arrow key moves through it, Space picks.
  const dialog = participant.getByRole('dialog')
  await tabTo(participant, dialog.getByRole('radio').first())
  await participant.keyboard.press('Space')
  await expect(dialog.getByRole('radio').first()).toBeChecked()
  await activate(participant, participant.getByRole('button', { name: 'Save measure' }))
  const card = participant.getByRole('article', { name: TITLE })
  await expect(card).toBeVisible()
  await expect(facilitator.getByRole('heading', { name: TITLE })).toBeVisible()

  // Discuss: open the card's comments (a <summary>) and post one.
  await activate(facilitator, next)
  await expect(phase).toContainText('Discuss')
  await activate(participant, card.getByText(/^Comments \(\d+\)$/))
  await typeInto(
    participant,
    card.getByRole('textbox', { name: 'Comment' }),
    'Start with the oldest.',
  )
  await activate(participant, card.getByRole('button', { name: 'Post comment' }))
  await expect(card.getByText('Start with the oldest.')).toBeVisible()

  // Vote: two dots with Space, then the facilitator reveals the results.
  await activate(facilitator, next)
  await expect(phase).toContainText('Vote')
  const addDot = card.getByRole('button', { name: `Add a dot to ${TITLE}` })
  await activate(participant, addDot, 'Space')
  await expect(card.getByRole('img', { name: 'Your dots on this card: 1' })).toBeVisible()
  await participant.keyboard.press('Space')
  await expect(card.getByRole('img', { name: 'Your dots on this card: 2' })).toBeVisible()
  // The console's shortcut: R reveals the results (its key, not a click, from anywhere but a field).
  await facilitator.keyboard.press('r')
  await expect(card.getByText('2 dots')).toBeVisible()
})
