import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

/**
 * The numbers an operator watches (GET /metrics), through prom-client. The sync core counts in
 * plain fields (`updatesTotal++` costs nothing on the message path); the counters and gauges read
 * them when Prometheus scrapes. Counters only grow; rates (updates/s) are Prometheus' `rate()`.
 *
 * Each Metrics has a registry of its own, so several apps in one process (tests) do not collide;
 * the process metrics (CPU, memory, event loop lag, GC) describe the process, so they are
 * collected once per process into a registry every app's page includes.
 */

const APPEND_BUCKETS_SECONDS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25]
// From a local hop (~1 ms) to a relay that has fallen seconds behind.
const RELAY_LAG_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

let processRegistry: Registry | undefined

function processMetrics(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry()
    collectDefaultMetrics({ register: processRegistry })
  }
  return processRegistry
}

export class Metrics {
  connectionsOpen = 0
  connectionsTotal = 0
  roomsLoaded = 0
  updatesTotal = 0
  updatesRefusedTotal = 0
  /** Rooms rebuilt from the store after a refused or failed update. */
  roomRebuildsTotal = 0

  private readonly registry = new Registry()
  private readonly page: Registry
  private readonly closes: Counter<'code'>
  private readonly appendSeconds: Histogram
  private readonly relayLagSeconds: Histogram

  constructor() {
    const registers = [this.registry]
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read())
        },
      })
    const counter = (name: string, help: string, read: () => number) =>
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset()
          this.inc(read())
        },
      })

    gauge('pactboard_sync_connections', 'Open sync connections.', () => this.connectionsOpen)
    counter(
      'pactboard_sync_connections_total',
      'Sync connections accepted.',
      () => this.connectionsTotal,
    )
    gauge('pactboard_docs_loaded', 'Docs held in memory.', () => this.roomsLoaded)
    counter('pactboard_updates_total', 'Doc updates stored and relayed.', () => this.updatesTotal)
    counter(
      'pactboard_updates_refused_total',
      'Updates refused: the sender may not write, or the change broke a rule.',
      () => this.updatesRefusedTotal,
    )
    counter(
      'pactboard_room_rebuilds_total',
      'Docs rebuilt from the store after a refused update.',
      () => this.roomRebuildsTotal,
    )
    this.closes = new Counter({
      name: 'pactboard_sync_server_closes_total',
      help: 'Connections the server closed, by close code.',
      labelNames: ['code'],
      registers,
    })
    this.appendSeconds = new Histogram({
      name: 'pactboard_persist_append_seconds',
      help: 'Time to append one update to the store.',
      buckets: APPEND_BUCKETS_SECONDS,
      registers,
    })
    this.relayLagSeconds = new Histogram({
      name: 'pactboard_relay_lag_seconds',
      help: 'Time from an update being stored on one instance to its arrival on another.',
      buckets: RELAY_LAG_BUCKETS_SECONDS,
      registers,
    })
    this.page = Registry.merge([processMetrics(), this.registry])
  }

  observeAppend(seconds: number): void {
    this.appendSeconds.observe(seconds)
  }

  /** For the relay between instances: how late an update from another instance arrived. */
  observeRelayLag(seconds: number): void {
    this.relayLagSeconds.observe(seconds)
  }

  countClose(code: number): void {
    this.closes.inc({ code: String(code) })
  }

  /** The Content-Type of what `render` returns. */
  get contentType(): string {
    return this.page.contentType
  }

  /** The Prometheus text exposition of this app's metrics and the process's. */
  render(): Promise<string> {
    return this.page.metrics()
  }
}
