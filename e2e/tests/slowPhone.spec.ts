import { cpus, loadavg } from 'node:os'
import type { CDPSession, Page } from '@playwright/test'
import { createWorkshop, expect, PHONE, proposeMeasure, test } from '../fixtures/test.ts'

/**
 * A participant's phone on a slow network: from opening the join link to a usable board (the
 * proposals shown and "Add measure" ready to tap) in under 4 s, its CPU slowed four times.
 *
 * The network is Lighthouse's mobile profile ("Slow 4G": 150 ms round trips, 1.6 Mbit/s down,
 * 750 kbit/s up). DevTools' "Fast 3G" adds 562.5 ms to every request instead, and a join is at
 * least five requests in a row even with the app's scripts, texts and first reads asked for
 * together (the page, those, the join, the board's socket, its sync): about 3 s of waiting before
 * any byte is processed, so it cannot hold the target whatever the app weighs. DevTools' "Slow 3G" (2 s a request, 400 kbit/s) cannot even
 * move the 150 KB budget in 4 s (client/README.md, "The phone's budget").
 */

const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
}
const CPU_SLOWDOWN = 4
const CARDS = ['Car-free school streets', 'Bike lanes on the ring road', 'Solar roofs on schools']
const USABLE_WITHIN_MS = 4000

/**
 * When the board is usable, by the page's own clock (epoch ms), or 0 before. Checked every
 * frame inside the page, and cheaply: Playwright's role queries walk the accessibility tree on the
 * slowed CPU, and their polling (100 ms, then 250, 500, 1000) would add up to a second to the
 * figure; the role queries after it check the same thing the way a screen reader sees it.
 */
function boardIsUsable(titles: string[]): number {
  const headings = Array.from(document.querySelectorAll('article h4'), (h) => h.textContent?.trim())
  const add = Array.from(document.querySelectorAll('button')).find(
    (button) => button.textContent?.trim() === 'Add measure',
  )
  const ready = titles.every((title) => headings.includes(title)) && add && !add.disabled
  // 0 is falsy: waitForFunction goes on waiting
  return ready ? performance.timeOrigin + performance.now() : 0
}

/** The figure's context: on a machine running more than its cores, the phone waits for one too. */
function loadPerCore(): string {
  return ((loadavg()[0] ?? 0) / cpus().length).toFixed(1)
}

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await cdp.send('Network.enable')
  // Nothing from an earlier page: every byte comes over the slow network.
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  return cdp
}

// Playwright's trace snapshots the page at every step, on the phone's slowed CPU: not the phone's
// work, so not in its figure.
test.use({ trace: 'off' })

test('a phone on a slow network joins and can use the board in under 4 s', async ({ openPage }) => {
  const facilitator = await openPage()
  const code = await createWorkshop(facilitator, 'Climate evening in Lund', 'Lund')
  for (const title of CARDS) await proposeMeasure(facilitator, title)
  await expect(facilitator.getByRole('article')).toHaveCount(CARDS.length)

  const phone = await openPage(PHONE)
  const sockets: string[] = []
  phone.on('websocket', (socket) => sockets.push(new URL(socket.url()).pathname))
  await throttle(phone)

  const startedAt = Date.now()
  await phone.goto(`/join/${code}`, { waitUntil: 'commit' })
  await phone.getByLabel('Display name').fill('Alice')
  await phone.getByRole('button', { name: 'Join' }).click()
  const usableAt = await phone.waitForFunction(boardIsUsable, CARDS, {
    polling: 'raf',
    timeout: 30_000,
  })
  const usableMs = Math.round((await usableAt.jsonValue()) - startedAt)
  for (const title of CARDS) await expect(phone.getByRole('heading', { name: title })).toBeVisible()
  await expect(phone.getByRole('button', { name: 'Add measure' })).toBeEnabled()
  console.log(
    `Slow phone (Lighthouse mobile: slow 4G, CPU ×${CPU_SLOWDOWN}): join link to a usable board in ${usableMs} ms (limit ${USABLE_WITHIN_MS} ms; machine load ${loadPerCore()} per core)`,
  )
  expect(usableMs).toBeLessThan(USABLE_WITHIN_MS)

  // The board needs no plan: its doc's socket waits until the Plan tab is opened.
  expect(sockets.some((path) => path.endsWith('/plan'))).toBe(false)
  await phone.getByRole('link', { name: 'Plan' }).click()
  await expect.poll(() => sockets.some((path) => path.endsWith('/plan'))).toBe(true)
})
