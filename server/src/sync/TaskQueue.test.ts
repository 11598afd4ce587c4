import { describe, expect, it, vi } from 'vitest'
import { QueueClosedError, TaskQueue } from './TaskQueue.ts'

describe('TaskQueue', () => {
  it('runs synchronous work inside enqueue and post, before they return', () => {
    const queue = new TaskQueue()
    const ran: string[] = []
    void queue.enqueue(() => ran.push('enqueued'))
    queue.post(
      () => void ran.push('posted'),
      () => {},
    )
    expect(ran).toEqual(['enqueued', 'posted'])
  })

  it('holds posted work back behind a promise, in order, until it settles', async () => {
    const queue = new TaskQueue()
    const ran: string[] = []
    let release!: () => void
    queue.post(
      () =>
        new Promise<void>((resolve) => {
          release = resolve
        }),
      () => {},
    )
    queue.post(
      () => void ran.push('second'),
      () => {},
    )
    void queue.enqueue(() => ran.push('third'))
    expect(ran).toEqual([])
    release()
    await queue.enqueue(() => {})
    expect(ran).toEqual(['second', 'third'])
  })

  it('hands a posted task’s failure to its onError and goes on with the next', async () => {
    const queue = new TaskQueue()
    const failures: Error[] = []
    queue.post(
      () => {
        throw new Error('sync failure')
      },
      (error) => failures.push(error),
    )
    queue.post(
      () => Promise.reject(new Error('async failure')),
      (error) => failures.push(error),
    )
    await expect(queue.enqueue(() => 'after')).resolves.toBe('after')
    expect(failures.map((e) => e.message)).toEqual(['sync failure', 'async failure'])
  })

  it('cancels posted work still waiting when it closes, and refuses work posted after', async () => {
    const queue = new TaskQueue()
    const onError = vi.fn()
    const waiting = vi.fn()
    queue.post(
      () => new Promise<void>(() => {}),
      () => {},
    )
    queue.post(waiting, onError)
    const enqueued = queue.enqueue(() => {})
    queue.close('Room unloaded')
    await expect(enqueued).rejects.toBeInstanceOf(QueueClosedError)
    queue.post(waiting, onError)
    expect(waiting).not.toHaveBeenCalled()
    expect(onError).toHaveBeenCalledTimes(2)
    for (const [error] of onError.mock.calls) expect(error).toBeInstanceOf(QueueClosedError)
  })
})
