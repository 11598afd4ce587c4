import type { MaybePromise } from '../storage/Store.ts'

/**
 * Runs work one item at a time, in order. Synchronous work runs at once, inside `enqueue`; work
 * that returns a promise holds back everything after it until it settles. That is how a room
 * stays strictly ordered over a store that may answer later, and at no cost over one that does not.
 */

export function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as Promise<T> | undefined)?.then === 'function'
}

export class QueueClosedError extends Error {
  override name = 'QueueClosedError'
}

interface Task {
  run(): MaybePromise<void>
  cancel(error: Error): void
}

export class TaskQueue {
  private readonly tasks: Task[] = []
  private busy = false
  private closed = false

  /** Runs `work` in turn; the promise settles with its result, or rejects if the queue closes first. */
  enqueue<T>(work: () => MaybePromise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.post(() => {
        const result = work()
        if (isPromise(result)) return result.then(resolve)
        resolve(result)
      }, reject)
    })
  }

  /**
   * `enqueue` for work nobody waits on (a socket's message, a relay's update): no promise is made
   * for it, so a message that runs at once allocates nothing but its task. A failure, or the queue
   * closing first, goes to `onError`, which may be called before `post` or `close` returns.
   */
  post(work: () => MaybePromise<void>, onError: (error: Error) => void): void {
    if (this.closed) {
      onError(new QueueClosedError('The queue is closed'))
      return
    }
    this.tasks.push({ run: work, cancel: onError })
    if (!this.busy) this.drain()
  }

  /** Rejects everything still waiting with a QueueClosedError; later enqueues reject at once. */
  close(reason: string): void {
    this.closed = true
    for (const task of this.tasks.splice(0)) task.cancel(new QueueClosedError(reason))
  }

  private drain(): void {
    while (!this.busy && this.tasks.length > 0 && !this.closed) {
      const task = this.tasks.shift()!
      let result: MaybePromise<void>
      try {
        result = task.run()
      } catch (error) {
        task.cancel(error as Error)
        continue
      }
      if (isPromise(result)) {
        this.busy = true
        result.then(
          () => {
            this.busy = false
            this.drain()
          },
          (error: Error) => {
            this.busy = false
            task.cancel(error)
            this.drain()
          },
        )
      }
    }
  }
}
