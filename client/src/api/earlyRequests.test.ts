import { describe, expect, it, vi } from 'vitest'
import { earlyRead } from './earlyRequests.ts'

describe('a read started before its screen asks', () => {
  it('hands its answer to the first ask only; a later ask reads again', async () => {
    const run = vi.fn(async () => run.mock.calls.length)
    const read = earlyRead('GET /answer', run)
    read.start()
    expect(await read.take()).toBe(1)
    expect(await read.take()).toBe(2)
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('reads when nothing was started', async () => {
    const run = vi.fn(async () => 'fresh')
    expect(await earlyRead('GET /not-started', run).take()).toBe('fresh')
  })

  it('hands over a failure to the screen that asks, not as an unhandled rejection before', async () => {
    const read = earlyRead('GET /failing', () => Promise.reject(new Error('offline')))
    read.start()
    await new Promise((resolve) => setTimeout(resolve, 0))
    await expect(read.take()).rejects.toThrow('offline')
  })

  it('keeps reads of different keys apart', async () => {
    const a = earlyRead('POST /languages {"code":"A"}', async () => 'A')
    const b = earlyRead('POST /languages {"code":"B"}', async () => 'B')
    a.start()
    b.start()
    expect(await b.take()).toBe('B')
    expect(await a.take()).toBe('A')
  })
})
