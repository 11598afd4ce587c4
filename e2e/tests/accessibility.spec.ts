import type { Page } from '@playwright/test'
import { expectAccessible } from '../fixtures/axe.ts'
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
 * Every screen and state a person meets in a workshop, checked by axe-core against WCAG 2.1 A
 * and AA (EN 301 549, as the Web Accessibility Directive asks of a city): home, join, the board
 * in each phase as facilitator and on a phone, the measure form, moderation and voting, results,
 * the plan with its editor, the presentation and the commitments.
 */

const TITLE = 'Cargo bikes for municipal deliveries'

async function nextPhase(facilitator: Page, expected: string, phone: Page): Promise<void> {
  await openConsole(facilitator, 'Agenda')
  await facilitator.getByRole('button', { name: 'Next phase' }).click()
  await expect(phone.getByRole('region', { name: 'Current phase' })).toContainText(expected)
}

test('no WCAG 2.1 A/AA violation on any screen of a workshop', async ({ openPage }) => {
  test.setTimeout(180_000)
  const facilitator = await openPage()
  await facilitator.goto('/')
  await expectAccessible(facilitator, 'home')
  await facilitator.getByRole('link', { name: 'Accessibility statement' }).click()
  await expect(facilitator.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement')
  await expectAccessible(facilitator, 'accessibility statement')
  const code = await createWorkshop(facilitator, 'Accessible evening in Espoo', 'Espoo')
  await expectAccessible(facilitator, 'board before the agenda starts (facilitator)')

  const phone = await openPage(PHONE)
  await phone.goto('/join')
  await expectAccessible(phone, 'join')
  await joinWithCode(phone, code, 'Aino')
  await expectAccessible(phone, 'board before the agenda starts (phone)')

  await facilitator.getByRole('button', { name: 'Start the agenda' }).click()
  await nextPhase(facilitator, 'Propose', phone)
  await facilitator.getByRole('button', { name: 'Start timer' }).click()
  await phone.getByRole('button', { name: 'Add measure' }).click()
  await fillProposal(phone, TITLE, { whatItChanges: 'Deliveries by bike, not by van' })
  await expectAccessible(phone, 'measure form')
  await phone.screenshot({ path: 'test-results/a11y-measure-form-phone.png' })
  await phone.getByRole('button', { name: 'Save measure' }).click()
  await expect(phone.getByRole('heading', { name: TITLE })).toBeVisible()
  await expectAccessible(phone, 'board while proposing (phone)')
  await expect(facilitator.getByRole('heading', { name: TITLE })).toBeVisible()
  await openConsole(facilitator, 'Moderation')
  await expectAccessible(facilitator, 'board while proposing, with moderation (facilitator)')
  await facilitator.getByRole('button', { name: 'Add measure' }).click()
  await expect(facilitator.getByRole('dialog')).toBeVisible()
  await facilitator.screenshot({ path: 'test-results/a11y-measure-form-laptop.png' })
  await facilitator.keyboard.press('Escape')
  await expect(facilitator.getByRole('dialog')).toHaveCount(0)

  await nextPhase(facilitator, 'Discuss', phone)
  // A screen reader hears the change the others made, without moving focus.
  await expect(phone.getByTestId('room-announcer')).toHaveText('Now in the Discuss phase.')
  await expectAccessible(phone, 'board while discussing (phone)')
  await nextPhase(facilitator, 'Vote', phone)
  await expect(phone.getByText(/You have 5 of 5 dots left/)).toBeVisible()
  await expectAccessible(phone, 'board while voting (phone)')
  await openConsole(facilitator, 'Voting')
  await expectAccessible(facilitator, 'voting panel (facilitator)')
  await facilitator.getByRole('button', { name: 'Reveal results' }).click()
  await expect(phone.getByTestId('room-announcer')).toHaveText('The results are revealed.')
  await nextPhase(facilitator, 'Results', phone)
  await expectAccessible(phone, 'results (phone)')
  await expectAccessible(facilitator, 'results (facilitator)')

  await expect(facilitator).toHaveTitle('Accessible evening in Espoo – Board – Pactboard')
  await facilitator.getByRole('link', { name: 'Plan' }).click()
  await expect(facilitator.getByRole('textbox', { name: 'Plan document' })).toContainText('A-3')
  // A new screen: its title says so, and focus starts at its main heading, as on a page load.
  await expect(facilitator).toHaveTitle('Accessible evening in Espoo – Plan – Pactboard')
  await expect(
    facilitator.getByRole('heading', { level: 1, name: 'Accessible evening in Espoo' }),
  ).toBeFocused()
  await expectAccessible(facilitator, 'plan with its editor')
  await facilitator.getByRole('link', { name: 'Present' }).click()
  await expect(facilitator.getByRole('region', { name: 'Results' })).toBeVisible()
  await expectAccessible(facilitator, 'presentation')
})
