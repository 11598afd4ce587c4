import type { Page } from 'playwright-core'

/**
 * What the page itself records for the browser benchmark, installed before the app loads: when
 * the first card was in the page, each key's time to the next frame, and the frames drawn while
 * asked. Everything is read in the page's clock (performance.now(), navigation at 0).
 */

declare global {
  interface Window {
    __bench: {
      firstCardAt: number | null
      keyLatenciesMs: number[]
      frameTimes: number[]
      recordingFrames: boolean
    }
  }
}

/** The page-side recorder, as a script (it runs in the browser, not here). */
const RECORDER = `(() => {
  const bench = { firstCardAt: null, keyLatenciesMs: [], frameTimes: [], recordingFrames: false }
  window.__bench = bench
  const watch = new MutationObserver(() => {
    if (bench.firstCardAt === null && document.querySelector('article.card')) {
      bench.firstCardAt = performance.now()
      watch.disconnect()
    }
  })
  document.addEventListener('DOMContentLoaded', () =>
    watch.observe(document.body, { childList: true, subtree: true }),
  )
  // A key's latency: from the event's time to the frame after it has been handled, which is
  // when the letter can be on screen (rAF runs before the paint, the message after it).
  const channel = new MessageChannel()
  const pending = []
  channel.port1.onmessage = () => {
    const started = pending.shift()
    if (started !== undefined) bench.keyLatenciesMs.push(performance.now() - started)
  }
  document.addEventListener('keydown', (event) => {
    const started = event.timeStamp
    requestAnimationFrame(() => {
      pending.push(started)
      channel.port2.postMessage(null)
    })
  }, true)
  const frame = (now) => {
    if (bench.recordingFrames) bench.frameTimes.push(now)
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
})()`

export async function installRecorder(page: Page): Promise<void> {
  await page.addInitScript({ content: RECORDER })
}

export function firstCardAt(page: Page): Promise<number | null> {
  return page.evaluate(() => window.__bench.firstCardAt)
}

export function boardSyncedAt(page: Page): Promise<number | null> {
  return page.evaluate(
    () => performance.getEntriesByName('pactboard:board-synced')[0]?.startTime ?? null,
  )
}

export function keyLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() => window.__bench.keyLatenciesMs)
}

export async function recordFrames(page: Page, during: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    window.__bench.frameTimes = []
    window.__bench.recordingFrames = true
  })
  await during()
  return page.evaluate(() => {
    window.__bench.recordingFrames = false
    return window.__bench.frameTimes
  })
}

const FRAME_MS = 1000 / 60

export interface FrameStats {
  frames: number
  /** Frames a 60 Hz screen would have shown but the page did not draw. */
  droppedFrames: number
  droppedPct: number
  longestFrameMs: number
}

export function frameStats(times: readonly number[]): FrameStats {
  let dropped = 0
  let longest = 0
  for (let i = 1; i < times.length; i++) {
    const interval = times[i]! - times[i - 1]!
    longest = Math.max(longest, interval)
    // A gap of 1.5 frames or more counts as a frame dropped (two at 2.5, …): rAF runs once per
    // frame the page draws, every 16.7 ms in headless Chromium when the page keeps up.
    dropped += Math.max(0, Math.round(interval / FRAME_MS) - 1)
  }
  const expected = times.length - 1 + dropped
  return {
    frames: times.length,
    droppedFrames: dropped,
    droppedPct: expected > 0 ? (100 * dropped) / expected : 0,
    longestFrameMs: longest,
  }
}

/**
 * Time from a tap on `selector` to the frame after `appears` is in the page: whether the board
 * answers a person yet. Returns that latency and when the answer was on screen.
 */
export async function tapLatency(
  page: Page,
  selector: string,
  appears: string,
): Promise<{ latencyMs: number; answeredAt: number }> {
  // A string, not a function: tsx would wrap the function's inner names in a helper the page
  // does not have.
  const watch = page.evaluate(`new Promise((resolve) => {
    let tappedAt = 0
    document.addEventListener('click', (event) => { tappedAt = event.timeStamp }, { capture: true, once: true })
    const check = () => {
      if (tappedAt > 0 && document.querySelector(${JSON.stringify(appears)})) {
        requestAnimationFrame(() => setTimeout(() => {
          const answeredAt = performance.now()
          resolve({ latencyMs: answeredAt - tappedAt, answeredAt })
        }, 0))
        return
      }
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })`) as Promise<{ latencyMs: number; answeredAt: number }>
  await page.locator(selector).first().click()
  return watch
}
