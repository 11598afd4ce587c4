import { type Browser, expect, type Page, test } from '@playwright/test'
import { type AppServer, startAppServer } from '../fixtures/serverProcess.ts'

/**
 * The facilitator runs the room: phases open and close proposing on every phone (the server
 * refuses what the phase does not allow), the timer runs on every screen, and a removed
 * participant is sent out at once.
 */

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

let server: AppServer

test.beforeAll(async () => {
  server = await startAppServer()
})

test.afterAll(async () => {
  await server.stop()
})

async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ baseURL: server.url, ...options })
  return context.newPage()
}

async function createWorkshop(page: Page): Promise<string> {
  await page.goto('/')
  await page.getByLabel('Title').fill('Citizens evening in Malmö')
  await page.getByLabel('City').fill('Malmö')
  await page.getByLabel('Your name').fill('Frida')
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Citizens evening in Malmö' }),
  ).toBeVisible()
  return ((await page.getByLabel('Join code').first().textContent()) ?? '').trim()
}

test('phases open and close proposing, the timer runs everywhere, a removed person is sent out', async ({
  browser,
}) => {
  const facilitator = await newPage(browser)
  const code = await createWorkshop(facilitator)

  const alice = await newPage(browser, PHONE)
  await alice.goto('/join')
  await alice.getByLabel('Join code').fill(code)
  await alice.getByLabel('Display name').fill('Alice')
  await alice.getByRole('button', { name: 'Join' }).click()
  const addMeasure = alice.getByRole('button', { name: 'Add measure' })
  await expect(addMeasure).toBeEnabled()

  await facilitator.getByRole('button', { name: 'Start the agenda' }).click()
  await expect(addMeasure).toBeDisabled()

  const next = facilitator.getByRole('button', { name: 'Next phase' })
  await next.click()
  await expect(alice.getByRole('region', { name: 'Current phase' })).toContainText('Propose')
  await expect(addMeasure).toBeEnabled()
  await addMeasure.click()
  await alice.getByLabel('Title').fill('Tree-lined streets')
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

  await facilitator.getByRole('button', { name: 'Remove Alice' }).click()
  await facilitator.getByRole('dialog').getByRole('button', { name: 'Remove Alice' }).click()
  await expect(
    alice.getByText('You were removed from this workshop by the facilitator.'),
  ).toBeVisible()
  await expect(alice).toHaveURL(/\/join/)
})
