import { writeFileSync } from 'node:fs'
import { startServerProcess } from '@pactboard/server/testing'
import { frameStats, installRecorder, recordFrames } from './boardTimings.ts'
import { launchChromium, PHONE, signedInContext, throttle } from './browser.ts'
import { joinAs, seedWorkshop } from './seedBoard.ts'

/**
 * `npm run profile:scroll -w @pactboard/bench [-- <trace.json>]`: where a fling through the
 * phone's board spends its frames. The same phone and fling as bench:client, traced over CDP
 * (Tracing.start, the DevTools timeline categories); prints the idle frame pacing first (what
 * headless Chromium gives with nothing to do), then the renderer main thread's time by event
 * and the JavaScript functions by self time. The raw trace is saved for DevTools when a path
 * is given.
 */

const CARDS = Number(process.env.PHONE_CARDS ?? 500)
const tracePath = process.argv[2]

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: Record<string, unknown> }
}

interface CpuProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

function mainThreadOf(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const meta = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )
  return meta ? { pid: meta.pid, tid: meta.tid } : null
}

/** Main-thread time by event name (complete events, nested ones counted in their own line). */
function byEvent(events: readonly TraceEvent[]): [string, number, number][] {
  const main = mainThreadOf(events)
  const totals = new Map<string, { ms: number; count: number }>()
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue
    const entry = totals.get(e.name) ?? { ms: 0, count: 0 }
    entry.ms += e.dur / 1000
    entry.count += 1
    totals.set(e.name, entry)
  }
  return [...totals]
    .map(([name, t]) => [name, t.ms, t.count] as [string, number, number])
    .sort((a, b) => b[1] - a[1])
}

/** Self time by JS function from the trace's sampled profile chunks. */
function bySelfTime(events: readonly TraceEvent[]): [string, number][] {
  const nodes = new Map<number, CpuProfileNode>()
  const samples: number[] = []
  const deltas: number[] = []
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue
    const data = e.args?.data as
      | { cpuProfile?: { nodes?: CpuProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
      | undefined
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node)
    samples.push(...(data?.cpuProfile?.samples ?? []))
    deltas.push(...(data?.timeDeltas ?? []))
  }
  const self = new Map<string, number>()
  for (let i = 0; i < samples.length; i++) {
    const node = nodes.get(samples[i]!)
    if (!node) continue
    const { functionName, url, lineNumber } = node.callFrame
    const file = (url ?? '').split('/').pop() ?? ''
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000)
  }
  return [...self].sort((a, b) => b[1] - a[1])
}

async function main() {
  const server = await startServerProcess({
    tempPrefix: 'pactboard-profile-scroll-',
    output: 'capture',
    env: { MAX_BYTES_PER_SECOND: String(16 * 1024 * 1024), MAX_MESSAGES_PER_SECOND: '5000' },
  })
  const browser = await launchChromium()
  try {
    const seeded = await seedWorkshop(server.url, CARDS)
    seeded.writer.close()
    const joined = await joinAs(server.url, seeded.joinCode, 'Alice')
    const context = await signedInContext(browser, server.url, PHONE, {
      token: joined.token,
      participant: joined.participant,
      workshopId: joined.workshopId,
      joinCode: seeded.joinCode,
    })
    const page = await context.newPage()
    await installRecorder(page)
    await throttle(page, PHONE)
    await page.goto(`/w/${joined.workshopId}`)
    await page.locator('article.card').first().waitFor({ timeout: 60_000 })
    await page.waitForTimeout(2000)
    // A constructed sheet, which the app's style-src 'self' allows: CSS to try without a build.
    await page.evaluate((css) => {
      if (!css) return
      const sheet = new CSSStyleSheet()
      sheet.replaceSync(css)
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    }, process.env.PROFILE_CSS ?? '')
    console.log(
      await page.evaluate(() => {
        const cards = document.querySelectorAll('article.card')
        const inCards = document.querySelectorAll('article.card *').length
        return `page: ${document.querySelectorAll('*').length} elements, ${cards.length} cards in the page, ${(inCards / Math.max(1, cards.length)).toFixed(0)} elements a card, ${document.querySelectorAll('.card-list__row').length} rows`
      }),
    )

    const idle = frameStats(await recordFrames(page, () => page.waitForTimeout(2000)))
    console.log(
      `idle 2 s: ${idle.frames} frames, ${idle.droppedFrames} dropped (${idle.droppedPct.toFixed(1)} %), longest ${idle.longestFrameMs.toFixed(1)} ms`,
    )

    if (process.env.PROFILE_TRACE === '0') {
      for (let round = 0; round < Number(process.env.FLINGS ?? 3); round++) {
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.waitForTimeout(1000)
        const frames = frameStats(
          await recordFrames(page, async () => {
            for (let i = 0; i < 60; i++) {
              await page.mouse.wheel(0, 160)
              await page.waitForTimeout(50)
            }
          }),
        )
        console.log(
          `fling ${round + 1}: ${frames.frames} frames, ${frames.droppedFrames} dropped (${frames.droppedPct.toFixed(1)} %), longest ${frames.longestFrameMs.toFixed(1)} ms`,
        )
      }
      await context.close()
      return
    }
    const cdp = await context.newCDPSession(page)
    const events: TraceEvent[] = []
    cdp.on('Tracing.dataCollected', (data) => {
      events.push(...(data.value as unknown as TraceEvent[]))
    })
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    )
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.frame',
          'disabled-by-default-v8.cpu_profiler',
          'v8.execute',
          'blink',
          'cc',
        ],
      },
    })
    const frames = await recordFrames(page, async () => {
      for (let i = 0; i < 60; i++) {
        await page.mouse.wheel(0, 160)
        await page.waitForTimeout(50)
      }
    })
    await cdp.send('Tracing.end')
    await done
    const fling = frameStats(frames)
    console.log(
      `fling: ${fling.frames} frames, ${fling.droppedFrames} dropped (${fling.droppedPct.toFixed(1)} %), longest ${fling.longestFrameMs.toFixed(1)} ms`,
    )
    if (tracePath) writeFileSync(tracePath, JSON.stringify({ traceEvents: events }))
    console.log('\nrenderer main thread, ms by event (nested events counted again):')
    for (const [name, ms, count] of byEvent(events).slice(0, 30)) {
      console.log(`  ${ms.toFixed(1).padStart(9)}  ×${String(count).padStart(5)}  ${name}`)
    }
    console.log('\nJavaScript self time, ms:')
    for (const [name, ms] of bySelfTime(events).slice(0, 40)) {
      console.log(`  ${ms.toFixed(1).padStart(9)}  ${name}`)
    }
    await context.close()
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
