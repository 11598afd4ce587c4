import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test'
import { type AppServer, startAppServer } from '../fixtures/serverProcess.ts'

/**
 * The foundation, as people use it: a facilitator on a laptop creates a workshop, two
 * participants join on phones with the code, a measure one of them adds appears on every
 * screen, and survives a reload and a restart of the server.
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
  const context: BrowserContext = await browser.newContext({ baseURL: server.url, ...options })
  return context.newPage()
}

async function createWorkshop(page: Page): Promise<string> {
  await page.goto('/')
  await page.getByLabel('Title').fill('Climate evening in Lund')
  await page.getByLabel('City').fill('Lund')
  await page.getByLabel('Your name').fill('Frida Facilitator')
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Climate evening in Lund' }),
  ).toBeVisible()
  const code = ((await page.getByLabel('Join code').first().textContent()) ?? '').trim()
  expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/)
  return code
}

async function join(page: Page, code: string, name: string) {
  await page.goto('/join')
  await page.getByLabel('Join code').fill(code)
  await page.getByLabel('Display name').fill(name)
  await page.getByRole('button', { name: 'Join' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Climate evening in Lund' }),
  ).toBeVisible()
}

function card(page: Page, title: string) {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) })
}

test('a measure one participant adds appears live for everyone, and survives reload and restart', async ({
  browser,
}) => {
  const facilitator = await newPage(browser)
  const code = await createWorkshop(facilitator)

  const alice = await newPage(browser, PHONE)
  const bob = await newPage(browser, PHONE)
  await join(alice, code, 'Alice')
  await join(bob, code, 'Bob')

  await expect(facilitator.getByText('3 people here')).toBeVisible()

  await alice.getByRole('button', { name: 'Add measure' }).click()
  await alice.getByLabel('Title').fill('Car-free school streets')
  await alice.getByLabel('Description').fill('Close the streets in front of schools at drop-off.')
  await alice.getByRole('button', { name: 'Save measure' }).click()

  for (const page of [facilitator, bob, alice]) {
    await expect(card(page, 'Car-free school streets')).toBeVisible()
    await expect(card(page, 'Car-free school streets')).toContainText('Alice')
  }

  await bob.reload()
  await expect(card(bob, 'Car-free school streets')).toBeVisible()

  await server.restart('SIGKILL')
  for (const page of [facilitator, alice, bob]) {
    await expect(page.getByRole('status')).toHaveText('Online', { timeout: 15_000 })
  }
  await bob.getByRole('button', { name: 'Add measure' }).click()
  await bob.getByLabel('Title').fill('Bike lanes on Stora Södergatan')
  await bob.getByRole('button', { name: 'Save measure' }).click()
  await expect(card(alice, 'Bike lanes on Stora Södergatan')).toBeVisible()

  const late = await newPage(browser, PHONE)
  await join(late, code, 'Carla')
  await expect(card(late, 'Car-free school streets')).toBeVisible()
})
