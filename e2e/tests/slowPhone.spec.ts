import { cpus, loadavg } from 'node:os'
import type { CDPSession, Page } from '@playwright/test'
import { createWorkshop, expect, PHONE, proposeMeasure, test } from '../fixtures/test.ts'

/**
 * A participant's phone on a slow network: from opening the join link to a usable board (the
 * proposals shown and "Add measure" ready to tap) in under 4 s, its CPU slowed four times.
 *
 * The network is Lighthouse's mobile profile ("Slow 4G": 150 ms round trips, 1.6 Mbit/s down,
 * 750 kbit/s up). DevTools' "Fast 3G" adds 562.5 ms to every request instead, and a join is at
 * least seven requests in a row (the page, the entry, the app, its texts, the join, the board's
 * socket and its sync): about 4 s of waiting before any byte is processed, so it cannot hold the
 * target whatever the app weighs. DevTools' "Slow 3G" (2 s a request, 400 kbit/s) cannot even
 * move the 150 KB budget in 4 s (client/README.md, "The phone's budget").
 */

const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
}
const CPU_SLOWDOWN = 4
/**
 * The 4 s are judged on a machine with a core to spare. On one already running more than its
 * cores (the test suites of other work, a benchmark), Chromium's slowed CPU is slowed again by
 * the wait for a core, and so is the server: the figure is printed but not judged.
 */
const BUSY_LOAD_PER_CORE = 1
const CARDS = ['Car-free school streets', 'Bike lanes on the ring road', 'Solar roofs on schools']
const USABLE_WITHIN_MS = 4000

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await cdp.send('Network.enable')
  // Nothing from an earlier page: every byte comes over the slow network.
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  return cdp
}

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
  for (const title of CARDS) {
    await expect(phone.getByRole('heading', { name: title })).toBeVisible({ timeout: 30_000 })
  }
  await expect(phone.getByRole('button', { name: 'Add measure' })).toBeEnabled({
    timeout: 30_000,
  })
  const usableMs = Date.now() - startedAt
  console.log(
    `Slow phone (Lighthouse mobile: slow 4G, CPU ×${CPU_SLOWDOWN}): join link to a usable board in ${usableMs} ms (limit ${USABLE_WITHIN_MS} ms)`,
  )
  const loadPerCore = (loadavg()[0] ?? 0) / cpus().length
  if (loadPerCore <= BUSY_LOAD_PER_CORE) expect(usableMs).toBeLessThan(USABLE_WITHIN_MS)
  else {
    const why = `machine busy (load ${loadPerCore.toFixed(1)} per core): ${usableMs} ms not judged`
    test.info().annotations.push({ type: 'warning', description: why })
    console.log(why)
  }

  // The board needs no plan: its doc's socket waits until the Plan tab is opened.
  expect(sockets.some((path) => path.endsWith('/plan'))).toBe(false)
  await phone.getByRole('link', { name: 'Plan' }).click()
  await expect.poll(() => sockets.some((path) => path.endsWith('/plan'))).toBe(true)
})
