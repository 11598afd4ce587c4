import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { WorkerReply, WorkerRequest } from './protocol.ts'

/**
 * The comparison's client workers: child processes (not threads, so each has its own heap and
 * GC on a 2-core machine) running worker.ts under the same tsx loader as the parent. A request
 * goes to one worker, or to all, and resolves with its reply; a `failed` reply or a worker's
 * death rejects it.
 */

type Body<R> = R extends unknown ? Omit<R, 'id'> : never
type RequestBody = Body<WorkerRequest>

interface ReplyOf {
  connect: 'connected'
  addMeasures: 'measuresAdded'
  watch: 'watching'
  start: 'started'
  stop: 'stopped'
  flush: 'records'
  close: 'closed'
  seed: 'seeded'
  coldLoad: 'loaded'
}

type Reply<K extends RequestBody['type']> = Extract<WorkerReply, { type: ReplyOf[K] }>

interface Pending {
  resolve(reply: WorkerReply): void
  reject(error: Error): void
}

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url))

export class WorkerPool {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  private constructor(private readonly children: ChildProcess[]) {
    for (const child of children) {
      child.on('message', (reply: WorkerReply) => {
        const waiting = this.pending.get(reply.id)
        if (!waiting) return
        this.pending.delete(reply.id)
        if (reply.type === 'failed') waiting.reject(new Error(`worker: ${reply.message}`))
        else waiting.resolve(reply)
      })
      child.on('exit', (code, signal) => {
        const error = new Error(`a client worker exited (${code ?? signal})`)
        for (const waiting of this.pending.values()) waiting.reject(error)
        this.pending.clear()
      })
    }
  }

  static start(size: number): WorkerPool {
    // the parent's execArgv carries tsx's loader, so the workers run TypeScript too;
    // BENCH_WORKER_PROFILE_DIR adds a CPU profile of each worker's whole life
    const profileDir = process.env.BENCH_WORKER_PROFILE_DIR
    const execArgv = [
      ...process.execArgv,
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    ]
    const children = Array.from({ length: size }, () =>
      fork(WORKER, [], { serialization: 'advanced', stdio: 'inherit', execArgv }),
    )
    return new WorkerPool(children)
  }

  get size(): number {
    return this.children.length
  }

  get pids(): number[] {
    return this.children.map((c) => c.pid!)
  }

  request<K extends RequestBody['type']>(
    worker: number,
    body: Extract<RequestBody, { type: K }>,
  ): Promise<Reply<K>> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (reply: WorkerReply) => void, reject })
      this.children[worker]!.send({ ...body, id } as WorkerRequest)
    })
  }

  all<K extends RequestBody['type']>(body: Extract<RequestBody, { type: K }>): Promise<Reply<K>[]> {
    return Promise.all(this.children.map((_, i) => this.request(i, body)))
  }

  /** Asks every worker to close its clients, then ends the processes. */
  async close(): Promise<void> {
    await this.all({ type: 'close' }).catch(() => {})
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            child.once('exit', () => resolve())
            child.disconnect()
          }),
      ),
    )
  }
}
