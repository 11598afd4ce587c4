/**
 * Reads the first screen will make, started as the app starts rather than when that screen first
 * renders: on a phone on a slow network the app's scripts and texts take a second or more to
 * arrive and run, and a read's round trip fits inside that wait. The first identical read takes
 * the answer (or the error) once; any later one asks the server again, so nothing goes stale.
 * Only reads belong here: a request that changes something is never made ahead of the person.
 */

const started = new Map<string, Promise<unknown>>()

export interface EarlyRead<T> {
  /** Sends the read now; its answer waits for the first `take`. */
  start(): void
  /** The started answer, once; otherwise a new read. */
  take(): Promise<T>
}

/** One read, named by `key` (method, path and body: two reads with one key get one answer). */
export function earlyRead<T>(key: string, run: () => Promise<T>): EarlyRead<T> {
  return {
    start() {
      const answer = run()
      // Not taken yet, perhaps never: a failure then is not an unhandled rejection.
      answer.catch(() => {})
      started.set(key, answer)
    },
    take() {
      const answer = started.get(key) as Promise<T> | undefined
      started.delete(key)
      return answer ?? run()
    },
  }
}
