import { mkdirSync } from 'node:fs'
import { startServerProcess } from '@pactboard/server/testing'
import { type Device, LAPTOP, launchChromium, PHONE, signedInContext } from './browser.ts'
import { joinAs, seedWorkshop } from './seedBoard.ts'

/**
 * `npm run screenshots -w @pactboard/bench [-- <dir>]`: the workshop screen with a full board,
 * as the facilitator and as a participant, on a 1366×768 and a 1920×1080 laptop and a phone,
 * saved as PNGs to look at (default bench/screenshots/, not kept in git).
 */
const outDir = process.argv[2] ?? 'screenshots'
const CARDS = Number(process.env.SCREENSHOT_CARDS ?? 120)
const WIDE: Device = {
  name: 'laptop 1920×1080',
  viewport: { width: 1920, height: 1080 },
  cpuThrottlingRate: 1,
}

async function main() {
  mkdirSync(outDir, { recursive: true })
  const server = await startServerProcess({ tempPrefix: 'pactboard-shots-', output: 'capture' })
  const browser = await launchChromium()
  try {
    const seeded = await seedWorkshop(server.url, CARDS)
    const joined = await joinAs(server.url, seeded.joinCode, 'Alice')
    const people = {
      facilitator: {
        token: seeded.facilitatorToken,
        participant: seeded.facilitator,
        workshopId: seeded.workshopId,
        joinCode: seeded.joinCode,
      },
      participant: {
        token: joined.token,
        participant: joined.participant,
        workshopId: joined.workshopId,
        joinCode: seeded.joinCode,
      },
    }
    for (const device of [LAPTOP, WIDE, { ...PHONE, cpuThrottlingRate: 1 }]) {
      for (const [who, session] of Object.entries(people)) {
        const context = await signedInContext(browser, server.url, device, session)
        const page = await context.newPage()
        await page.goto(`/w/${session.workshopId}`)
        await page.locator('article.card').first().waitFor()
        await page.waitForTimeout(500)
        const file = `${outDir}/${who}-${device.viewport.width}x${device.viewport.height}.png`
        await page.screenshot({ path: file })
        console.log(file)
        // Further down the board: what stays in view while one scrolls.
        await page.mouse.wheel(0, 2400)
        await page.waitForTimeout(600)
        const scrolled = file.replace('.png', '-scrolled.png')
        await page.screenshot({ path: scrolled })
        console.log(scrolled)
        if (who === 'participant' && device.viewport.width === 390) {
          await page.evaluate(() => window.scrollTo(0, 0))
          await page.getByRole('button', { name: 'Add measure' }).click()
          await page.waitForTimeout(300)
          await page.screenshot({ path: `${outDir}/participant-proposal-form.png` })
          console.log(`${outDir}/participant-proposal-form.png`)
        }
        if (who === 'facilitator' && device.viewport.width === 1366) {
          await page.getByRole('tab', { name: /People/ }).click()
          await page.waitForTimeout(300)
          await page.screenshot({ path: `${outDir}/facilitator-people.png` })
          await page.keyboard.press('?')
          await page.waitForTimeout(300)
          await page.screenshot({ path: `${outDir}/facilitator-shortcuts.png` })
          console.log(`${outDir}/facilitator-people.png`, `${outDir}/facilitator-shortcuts.png`)
        }
        await context.close()
      }
    }
    seeded.writer.close()
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
