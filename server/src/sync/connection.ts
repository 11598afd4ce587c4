import { CLOSE_CODES, type CloseReason, type TokenClaims } from '@pactboard/shared'
import type { DocKey } from '../storage/Store.ts'
import {
  type ClientMessage,
  MalformedMessageError,
  readClientMessage,
  UpdateTooLargeError,
} from './protocol.ts'
import { TokenBucket } from './TokenBucket.ts'

/**
 * One client on one doc: bytes in from a socket, checked (size, rate, shape) and handed to its
 * room; bytes out to the socket. The socket is anything with these four methods, so tests, fuzzers
 * and benchmarks drive the core without a web server.
 */
export interface SyncSocket {
  /** `onSent` is called once the frame has been handed to the operating system, if it is. */
  send(frame: Uint8Array, onSent?: () => void): void
  close(code: number, reason: string): void
  onMessage(listener: (frame: Uint8Array) => void): void
  /** Called once when the socket is gone, whoever closed it; at once if it already is. */
  onClose(listener: () => void): void
}

/** What a connection needs from its room. */
export interface ConnectionHost {
  /** Runs `task` in the room's order: after loading and after earlier messages. */
  run(task: () => void | Promise<void>): void
  handleMessage(connection: Connection, message: ClientMessage): void | Promise<void>
  removeConnection(connection: Connection): void
}

export interface ConnectionLimits {
  maxMessageBytes: number
  maxMessagesPerSecond: number
  /** Bytes a connection may send per second, with a ten-second burst; above closes with 4429. */
  maxBytesPerSecond: number
}

// Ten seconds' worth: a paste or an offline backlog arrives as a burst of updates at once.
const BURST_SECONDS = 10

export class Connection {
  private open = true
  private readonly messages: TokenBucket
  private readonly bytes: TokenBucket
  private expiryTimer: NodeJS.Timeout | null = null

  constructor(
    private readonly socket: SyncSocket,
    readonly claims: TokenClaims,
    readonly key: DocKey,
    private readonly host: ConnectionHost,
    private readonly limits: ConnectionLimits,
    private readonly onServerClose: (code: number) => void = () => {},
  ) {
    const { maxMessagesPerSecond, maxBytesPerSecond } = limits
    this.messages = new TokenBucket(maxMessagesPerSecond, maxMessagesPerSecond * BURST_SECONDS)
    this.bytes = new TokenBucket(maxBytesPerSecond, maxBytesPerSecond * BURST_SECONDS)
    socket.onMessage((frame) => this.receive(frame))
    socket.onClose(() => this.handleSocketClosed())
  }

  /** A token stops working at its expiry: the connection closes then (4401), not at the next one. */
  expireAt(expiresAtMs: number, nowMs = Date.now()): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer)
    // setTimeout takes at most 2^31-1 ms; a later expiry is re-armed when that one fires.
    const delayMs = Math.min(Math.max(0, expiresAtMs - nowMs), 2 ** 31 - 1)
    this.expiryTimer = setTimeout(() => {
      if (Date.now() >= expiresAtMs) this.close('unauthorized')
      else this.expireAt(expiresAtMs)
    }, delayMs)
    this.expiryTimer.unref()
  }

  get isOpen(): boolean {
    return this.open
  }

  send(frame: Uint8Array, onSent?: () => void): void {
    if (!this.open) return
    try {
      this.socket.send(frame, onSent)
    } catch {
      this.close(1011, 'Send failed')
    }
  }

  /** Closes with a catalogue reason or a raw code (1001 going away, 1011 try again). */
  close(code: number, reason: string): void
  close(reason: CloseReason): void
  close(codeOrReason: number | CloseReason, text = ''): void {
    if (!this.open) return
    const { code, reason } =
      typeof codeOrReason === 'number'
        ? { code: codeOrReason, reason: text }
        : CLOSE_CODES[codeOrReason]
    this.open = false
    this.stopExpiry()
    this.onServerClose(code)
    this.host.removeConnection(this)
    this.socket.close(code, reason)
  }

  private receive(frame: Uint8Array): void {
    if (!this.open) return
    if (frame.byteLength > this.limits.maxMessageBytes) {
      this.close('tooLarge')
      return
    }
    if (!this.messages.take(1) || !this.bytes.take(frame.byteLength)) {
      this.close('tooManyMessages')
      return
    }
    this.host.run(() => {
      if (!this.open) return
      try {
        return this.host.handleMessage(this, readClientMessage(frame))
      } catch (error) {
        // Only this connection pays for its garbage; the room carries on.
        if (error instanceof MalformedMessageError) return this.close('badMessage')
        if (error instanceof UpdateTooLargeError) return this.close('tooLarge')
        throw error
      }
    })
  }

  private handleSocketClosed(): void {
    if (!this.open) return
    this.open = false
    this.stopExpiry()
    this.host.removeConnection(this)
  }

  private stopExpiry(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer)
    this.expiryTimer = null
  }
}
