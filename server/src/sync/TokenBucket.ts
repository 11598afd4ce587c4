/** A rate limit: `perSecond` tokens flow in, at most `capacity` are held; each use takes some. */
export class TokenBucket {
  private tokens: number
  private refilledAtMs = performance.now()

  constructor(
    private readonly perSecond: number,
    private readonly capacity: number,
  ) {
    this.tokens = capacity
  }

  take(count: number): boolean {
    if (!this.has(count)) return false
    this.tokens -= count
    return true
  }

  /** Whether `count` could be taken now, taking nothing. */
  has(count: number): boolean {
    const nowMs = performance.now()
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((nowMs - this.refilledAtMs) / 1000) * this.perSecond,
    )
    this.refilledAtMs = nowMs
    return this.tokens >= count
  }
}
