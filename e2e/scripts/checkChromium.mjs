// The browser tests drive Debian's Chromium; Playwright's own browser download is not used.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (!existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (!canInstall) {
    console.error(
      `Browser tests need Chromium at ${chromium}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    )
    process.exit(1)
  }
  console.log('Installing Debian Chromium for the browser tests…')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}
