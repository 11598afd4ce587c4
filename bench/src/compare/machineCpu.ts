import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'

/**
 * How busy the whole machine was over a window (Linux /proc/stat), in % of one core, so the
 * report can say how much of the two cores went to neither the server nor the harness: other
 * people's test runs on a shared machine are noise every target meets, and this names its size.
 */

interface CpuTimes {
  busy: number
  total: number
}

function readCpuTimes(): CpuTimes | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!
    // cpu user nice system idle iowait irq softirq steal …
    const fields = line.trim().split(/\s+/).slice(1).map(Number)
    const idle = fields[3]! + (fields[4] ?? 0)
    const total = fields.reduce((sum, x) => sum + x, 0)
    return { busy: total - idle, total }
  } catch {
    return null
  }
}

/** Starts a window; `stop()` gives the machine's busy share over it, or null off Linux. */
export function watchMachineCpu(): { stop(): number | null } {
  const start = readCpuTimes()
  return {
    stop() {
      const end = readCpuTimes()
      if (!start || !end || end.total === start.total) return null
      return (100 * cpus().length * (end.busy - start.busy)) / (end.total - start.total)
    },
  }
}
