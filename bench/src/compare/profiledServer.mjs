// Pactboard's built server under the inspector's CPU profiler, for BENCH_PROFILE_DIR: Node 20
// refuses --cpu-prof in NODE_OPTIONS and startServerProcess takes no node flags, so the bench
// starts this file as the server's main. Profiling begins on SIGUSR2 (the bench sends it when
// the timed part begins, so joins and connects stay out) and the profile is written on exit.
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import { join } from 'node:path'

const session = new Session()
session.connect()
let profiling = false

process.on('SIGUSR2', () => {
  if (profiling) return
  profiling = true
  session.post('Profiler.enable')
  session.post('Profiler.start')
})

// An in-process inspector session answers synchronously, so the profile is written before exit.
process.on('exit', () => {
  if (!profiling) return
  session.post('Profiler.stop', (error, result) => {
    if (error) return
    const file = join(
      process.env.BENCH_PROFILE_DIR,
      `pactboard-${Date.now()}-${process.pid}.cpuprofile`,
    )
    writeFileSync(file, JSON.stringify(result.profile))
  })
})

await import(process.env.PACTBOARD_MAIN)
