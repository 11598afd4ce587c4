/**
 * The few numbers an operator watches, in Prometheus text format (GET /metrics). Counters only
 * grow; rates (updates/s) are Prometheus' `rate()` over them.
 */

const APPEND_BUCKETS_SECONDS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25]

export class Metrics {
  connectionsOpen = 0
  connectionsTotal = 0
  roomsLoaded = 0
  updatesTotal = 0
  updatesRefusedTotal = 0
  /** Rooms rebuilt from the store after a refused or failed update. */
  roomRebuildsTotal = 0
  connectionsClosedByCode = new Map<number, number>()
  private readonly appendBuckets = APPEND_BUCKETS_SECONDS.map(() => 0)
  private appendCount = 0
  private appendSumSeconds = 0

  observeAppend(seconds: number): void {
    this.appendCount++
    this.appendSumSeconds += seconds
    for (let i = 0; i < APPEND_BUCKETS_SECONDS.length; i++) {
      if (seconds <= (APPEND_BUCKETS_SECONDS[i] as number)) this.appendBuckets[i]!++
    }
  }

  countClose(code: number): void {
    this.connectionsClosedByCode.set(code, (this.connectionsClosedByCode.get(code) ?? 0) + 1)
  }

  render(): string {
    const lines = [
      '# HELP pactboard_sync_connections Open sync connections.',
      '# TYPE pactboard_sync_connections gauge',
      `pactboard_sync_connections ${this.connectionsOpen}`,
      '# HELP pactboard_sync_connections_total Sync connections accepted.',
      '# TYPE pactboard_sync_connections_total counter',
      `pactboard_sync_connections_total ${this.connectionsTotal}`,
      '# HELP pactboard_sync_server_closes_total Connections the server closed, by close code.',
      '# TYPE pactboard_sync_server_closes_total counter',
      ...[...this.connectionsClosedByCode].map(
        ([code, n]) => `pactboard_sync_server_closes_total{code="${code}"} ${n}`,
      ),
      '# HELP pactboard_docs_loaded Docs held in memory.',
      '# TYPE pactboard_docs_loaded gauge',
      `pactboard_docs_loaded ${this.roomsLoaded}`,
      '# HELP pactboard_updates_total Doc updates stored and relayed.',
      '# TYPE pactboard_updates_total counter',
      `pactboard_updates_total ${this.updatesTotal}`,
      '# HELP pactboard_updates_refused_total Updates refused: the sender may not write, or the change broke a rule.',
      '# TYPE pactboard_updates_refused_total counter',
      `pactboard_updates_refused_total ${this.updatesRefusedTotal}`,
      '# HELP pactboard_room_rebuilds_total Docs rebuilt from the store after a refused update.',
      '# TYPE pactboard_room_rebuilds_total counter',
      `pactboard_room_rebuilds_total ${this.roomRebuildsTotal}`,
      '# HELP pactboard_persist_append_seconds Time to append one update to the store.',
      '# TYPE pactboard_persist_append_seconds histogram',
      ...APPEND_BUCKETS_SECONDS.map(
        (le, i) => `pactboard_persist_append_seconds_bucket{le="${le}"} ${this.appendBuckets[i]}`,
      ),
      `pactboard_persist_append_seconds_bucket{le="+Inf"} ${this.appendCount}`,
      `pactboard_persist_append_seconds_sum ${this.appendSumSeconds}`,
      `pactboard_persist_append_seconds_count ${this.appendCount}`,
    ]
    return `${lines.join('\n')}\n`
  }
}
