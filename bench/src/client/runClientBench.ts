import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { startServerProcess } from '@pactboard/server/testing'
import type { Browser, Page } from 'playwright-core'
import { percentile } from '../stats.ts'
import {
  boardSyncedAt,
  type FrameStats,
  firstCardAt,
  frameStats,
  installRecorder,
  keyLatencies,
  recordFrames,
  tapLatency,
} from './boardTimings.ts'
import {
  type Device,
  LAPTOP,
  launchChromium,
  PHONE,
  type SessionFor,
  signedInContext,
  throttle,
} from './browser.ts'
import { joinAs, type SeededWorkshop, seedWorkshop } from './seedBoard.ts'

/**
 * `npm run bench:client`: the board in Debian's Chromium (playwright-core) against the built
 * app, on a board already full.
 *
 * - phone: a participant opens a board of 500 cards on a 390×844 phone whose CPU is slowed four
 *   times (CDP Emulation.setCPUThrottlingRate): when the board's doc arrived, when the first
 *   cards were on screen, when a tap (Filters) was answered; then a fling through the board,
 *   frame by frame.
 * - laptop: the facilitator types a proposal's title into the form on a board of 2,000 cards
 *   while 20 new cards a second arrive: each key's time to the next frame.
 *
 * Figures are printed and kept in bench/results/client-latest.json. PHONE_CARDS, LAPTOP_CARDS,
 * LOAD_CARDS_PER_S and LOAD_S change the sizes.
 */

const PHONE_CARDS = Number(process.env.PHONE_CARDS ?? 500)
const LAPTOP_CARDS = Number(process.env.LAPTOP_CARDS ?? 2000)
const LOAD_CARDS_PER_S = Number(process.env.LOAD_CARDS_PER_S ?? 20)
const LOAD_S = Number(process.env.LOAD_S ?? 12)
const TITLE =
  'Cargo bikes for municipal deliveries, a shared fleet of e-cargo bikes for the city depots and the schools, '

interface OpenedBoard {
  docsArrivedMs: number | null
  firstCardsMs: number | null
  /** When a tap on the board (Filters) was answered on screen. */
  usableMs: number
  tapLatencyMs: number
  /** From the docs' arrival to the answered tap: "usable within 2 s after the docs arrive". */
  usableAfterDocsMs: number | null
}

async function openBoard(
  browser: Browser,
  serverUrl: string,
  device: Device,
  session: SessionFor,
): Promise<{ page: Page; opened: OpenedBoard; close: () => Promise<void> }> {
  const context = await signedInContext(browser, serverUrl, device, session)
  const page = await context.newPage()
  await installRecorder(page)
  await throttle(page, device)
  await page.goto(`/w/${session.workshopId}`)
  await page.locator('article.card').first().waitFor({ timeout: 60_000 })
  const tap = await tapLatency(page, '.board-toolbar__toggle[aria-expanded]', '.board-filters')
  // Fold the filters again, as they were.
  await page.locator('.board-toolbar__toggle[aria-expanded]').first().click()
  const docsArrivedMs = await boardSyncedAt(page)
  return {
    page,
    opened: {
      docsArrivedMs,
      firstCardsMs: await firstCardAt(page),
      usableMs: tap.answeredAt,
      tapLatencyMs: tap.latencyMs,
      usableAfterDocsMs: docsArrivedMs === null ? null : tap.answeredAt - docsArrivedMs,
    },
    close: () => context.close(),
  }
}

interface Fling extends FrameStats {
  distancePx: number
  /** How far the page did scroll: the fling went through the board, not past an empty page. */
  scrolledPx: number
  durationMs: number
}

interface PhoneResult extends OpenedBoard {
  cards: number
  /** The page left alone for 2 s: what headless Chromium and the machine drop with nothing to do. */
  idle: FrameStats
  /**
   * Wheel steps. A synthesized touch swipe (CDP Input.synthesizeScrollGesture, 'touch') does not
   * scroll this headless page at all (scrollY stays 0), so the phone is flung by wheel.
   */
  scroll: Fling
}

async function phoneRun(browser: Browser, serverUrl: string): Promise<PhoneResult> {
  console.log(`phone: seeding ${PHONE_CARDS} cards…`)
  const seeded = await seedWorkshop(serverUrl, PHONE_CARDS)
  seeded.writer.close()
  console.log('phone: opening the board…')
  const joined = await joinAs(serverUrl, seeded.joinCode, 'Alice')
  const { page, opened, close } = await openBoard(browser, serverUrl, PHONE, {
    token: joined.token,
    participant: joined.participant,
    workshopId: joined.workshopId,
    joinCode: seeded.joinCode,
  })
  await page.waitForTimeout(1000)
  const idle = frameStats(await recordFrames(page, () => page.waitForTimeout(2000)))
  // A fling down the board: a wheel step every 50 ms for 3 s.
  const steps = 60
  const stepPx = 160
  const scrollY = () => page.evaluate(() => window.scrollY)
  const started = Date.now()
  const frames = await recordFrames(page, async () => {
    for (let i = 0; i < steps; i++) {
      await page.mouse.wheel(0, stepPx)
      await page.waitForTimeout(50)
    }
  })
  const durationMs = Date.now() - started
  const scrolledPx = await scrollY()
  await close()
  return {
    cards: PHONE_CARDS,
    ...opened,
    idle,
    scroll: { ...frameStats(frames), distancePx: steps * stepPx, scrolledPx, durationMs },
  }
}

interface LaptopResult extends OpenedBoard {
  cards: number
  cardsAdded: number
  keys: number
  keyLatencyP50Ms: number
  keyLatencyP95Ms: number
  keyLatencyMaxMs: number
  /** How long after the last card was written the board showed them all. */
  caughtUpMs: number | null
}

async function laptopRun(browser: Browser, serverUrl: string): Promise<LaptopResult> {
  console.log(`laptop: seeding ${LAPTOP_CARDS} cards…`)
  const seeded: SeededWorkshop = await seedWorkshop(serverUrl, LAPTOP_CARDS)
  console.log(`laptop: typing while ${LOAD_CARDS_PER_S} cards a second arrive…`)
  const { page, opened, close } = await openBoard(browser, serverUrl, LAPTOP, {
    token: seeded.facilitatorToken,
    participant: seeded.facilitator,
    workshopId: seeded.workshopId,
    joinCode: seeded.joinCode,
  })
  await page.getByRole('button', { name: 'Add measure' }).click()
  const title = page.getByRole('dialog').getByLabel('Title')
  await title.click()
  await page.evaluate(() => {
    window.__bench.keyLatenciesMs = []
  })

  // 20 new cards a second, each its own update, while the title is typed.
  const intervalMs = 1000 / LOAD_CARDS_PER_S
  const load = setInterval(() => seeded.writer.add(1), intervalMs)
  const typedUntil = Date.now() + LOAD_S * 1000
  let typed = 0
  while (Date.now() < typedUntil) {
    const key = TITLE[typed % TITLE.length] ?? 'x'
    await page.keyboard.type(key)
    typed += 1
    await page.waitForTimeout(90)
    if (typed % 150 === 0) await title.fill('')
  }
  clearInterval(load)
  const writtenAt = Date.now()
  const total = LAPTOP_CARDS + seeded.writer.added()
  let caughtUpMs: number | null = null
  try {
    await page
      .locator('.board__totals')
      .filter({ hasText: `${total} measures` })
      .waitFor({ timeout: 30_000 })
    caughtUpMs = Date.now() - writtenAt
  } catch {
    caughtUpMs = null
  }
  const latencies = (await keyLatencies(page)).sort((a, b) => a - b)
  seeded.writer.close()
  await close()
  return {
    cards: LAPTOP_CARDS,
    ...opened,
    cardsAdded: seeded.writer.added(),
    keys: latencies.length,
    keyLatencyP50Ms: percentile(latencies, 50),
    keyLatencyP95Ms: percentile(latencies, 95),
    keyLatencyMaxMs: latencies[latencies.length - 1] ?? 0,
    caughtUpMs,
  }
}

const ms = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)} ms`)

function print(phone: PhoneResult, laptop: LaptopResult, load: number[]) {
  console.log(`\nload average before the run: ${load.map((l) => l.toFixed(2)).join(' ')}`)
  console.log(`\n${PHONE.name}, ${phone.cards} cards`)
  console.log(`  board doc arrived            ${ms(phone.docsArrivedMs)} after navigation`)
  console.log(`  first cards on screen        ${ms(phone.firstCardsMs)}`)
  console.log(
    `  first tap answered (usable)  ${ms(phone.usableMs)}  (tap ${ms(phone.tapLatencyMs)})`,
  )
  console.log(`  usable after the docs came   ${ms(phone.usableAfterDocsMs)}`)
  console.log(
    `  idle 2 s: ${phone.idle.frames} frames, ${phone.idle.droppedFrames} dropped (${phone.idle.droppedPct.toFixed(1)} %), longest ${ms(phone.idle.longestFrameMs)}`,
  )
  console.log(
    `  wheel fling ${phone.scroll.distancePx} px (scrolled ${phone.scroll.scrolledPx}): ${phone.scroll.frames} frames, ${phone.scroll.droppedFrames} dropped (${phone.scroll.droppedPct.toFixed(1)} %), longest ${ms(phone.scroll.longestFrameMs)}`,
  )
  console.log(`\n${LAPTOP.name}, ${laptop.cards} cards + ${LOAD_CARDS_PER_S} new cards/s`)
  console.log(
    `  first tap answered (usable)  ${ms(laptop.usableMs)}; after the docs ${ms(laptop.usableAfterDocsMs)}`,
  )
  console.log(
    `  typing, ${laptop.keys} keys: p50 ${ms(laptop.keyLatencyP50Ms)}, p95 ${ms(laptop.keyLatencyP95Ms)}, max ${ms(laptop.keyLatencyMaxMs)} to the next frame`,
  )
  console.log(
    `  ${laptop.cardsAdded} cards added; all on the board ${ms(laptop.caughtUpMs)} after the last`,
  )
}

async function main() {
  const load = loadavg()
  const server = await startServerProcess({
    tempPrefix: 'pactboard-bench-client-',
    output: 'capture',
    // A machine shared with other work can take longer than the default to start a process.
    readyTimeoutMs: 60_000,
    // Seeding 2,000 cards over one socket is faster than a person's budget allows.
    env: { MAX_BYTES_PER_SECOND: String(16 * 1024 * 1024), MAX_MESSAGES_PER_SECOND: '5000' },
  })
  const browser = await launchChromium()
  try {
    const phone = await phoneRun(browser, server.url)
    const laptop = await laptopRun(browser, server.url)
    print(phone, laptop, load)
    const results = {
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', loadAverage: load },
      browser: (await browser.version()) || 'chromium',
      phone: { device: PHONE, ...phone },
      laptop: { device: LAPTOP, loadCardsPerS: LOAD_CARDS_PER_S, loadS: LOAD_S, ...laptop },
    }
    const dir = fileURLToPath(new URL('../../results/', import.meta.url))
    mkdirSync(dir, { recursive: true })
    writeFileSync(`${dir}client-latest.json`, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\nfigures in bench/results/client-latest.json`)
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
