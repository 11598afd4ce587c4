import type { Participant, Workshop } from '@pactboard/shared'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

/**
 * Debian's Chromium through playwright-core, and pages already signed in to a workshop (the
 * session the join page would have saved), so that a measurement starts at the board itself.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  })
}

export interface Device {
  name: string
  viewport: { width: number; height: number }
  isMobile?: boolean
  hasTouch?: boolean
  deviceScaleFactor?: number
  /** CPU slowdown through CDP (Emulation.setCPUThrottlingRate): 1 is this machine's speed. */
  cpuThrottlingRate: number
}

export const PHONE: Device = {
  name: 'phone 390×844, CPU ÷4',
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  cpuThrottlingRate: 4,
}

export const LAPTOP: Device = {
  name: 'laptop 1366×768',
  viewport: { width: 1366, height: 768 },
  cpuThrottlingRate: 1,
}

export interface SessionFor {
  token: string
  participant: Participant
  workshopId: string
  joinCode: string
}

async function workshopOf(serverUrl: string, session: SessionFor): Promise<Workshop> {
  const response = await fetch(`${serverUrl}/api/workshops/${session.workshopId}`, {
    headers: { authorization: `Bearer ${session.token}` },
  })
  if (!response.ok) throw new Error(`workshop: ${response.status}`)
  return ((await response.json()) as { workshop: Workshop }).workshop
}

/** A context on `device` whose localStorage holds `session`, as after joining. */
export async function signedInContext(
  browser: Browser,
  serverUrl: string,
  device: Device,
  session: SessionFor,
): Promise<BrowserContext> {
  const workshop = await workshopOf(serverUrl, session)
  const context = await browser.newContext({
    baseURL: serverUrl,
    viewport: device.viewport,
    isMobile: device.isMobile ?? false,
    hasTouch: device.hasTouch ?? false,
    deviceScaleFactor: device.deviceScaleFactor ?? 1,
  })
  const stored = {
    state: {
      sessions: {
        [session.workshopId]: {
          token: session.token,
          participant: session.participant,
          workshop,
          joinCode: session.joinCode,
        },
      },
    },
    version: 1,
  }
  const value = JSON.stringify(JSON.stringify(stored))
  await context.addInitScript({ content: `localStorage.setItem('pactboard:sessions', ${value})` })
  return context
}

/** Slows the page's CPU as the device's is (a phone's is several times slower). */
export async function throttle(page: Page, device: Device): Promise<void> {
  if (device.cpuThrottlingRate === 1) return
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpuThrottlingRate })
}
