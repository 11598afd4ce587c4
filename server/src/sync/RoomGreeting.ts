import type { Connection } from './connection.ts'
import {
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  isEmptyStateVector,
} from './protocol.ts'
import type { RoomDoc } from './RoomDoc.ts'
import type { RoomPresence } from './RoomPresence.ts'

/** How long a cold room waits for a client's sync step 1 before it sends its own. */
const STEP_ONE_WAIT_MS = 50

/**
 * A room's side of the sync handshake: our step 1 (what we hold, so the client sends what we
 * lack), who is here, and the step 2 that answers a client's step 1.
 *
 * The protocol fixes no order, so our step 1 waits for the client's:
 * - A client whose state vector is empty holds nothing (no struct, so nothing deleted either), and
 *   every change it makes from now on comes as an update: it gets no step 1 from us. Answering one
 *   would make it walk the copy it has just been sent, the whole board, right when a phone that
 *   has just joined is drawing it.
 * - Any other client gets ours once the reply to its own has left for the socket. A cold room's
 *   state vector is read from its stored bytes, which walks every struct (20 ms for a 2,000-card
 *   board in a fresh process); read earlier, it held the event loop while megabytes of the reply
 *   still waited to be written, and the phone waited with them. It arrives after the reply in
 *   any case (one socket, in order).
 * - A client that sends no step 1 gets ours after STEP_ONE_WAIT_MS.
 * Every send runs on the room's queue (`run`).
 */
export class RoomGreeting {
  /**
   * Connections greeted without our step 1 yet, with the timer that sends it; null while the
   * reply to their step 1 is still being written.
   */
  private readonly owed = new Map<Connection, ReturnType<typeof setTimeout> | null>()

  constructor(
    private readonly roomDoc: RoomDoc,
    private readonly presence: RoomPresence,
    private readonly run: (task: () => void) => void,
  ) {}

  greet(connection: Connection): void {
    if (!connection.isOpen) return
    this.owe(connection, STEP_ONE_WAIT_MS)
    const present = this.presence.all()
    if (present.length > 0) connection.send(encodeAwarenessMessage(present))
  }

  /** A client's step 1: what it lacks; then our step 1 if still owed and it holds anything. */
  answer(connection: Connection, stateVector: Uint8Array): void {
    const reply = encodeSyncStep2(this.roomDoc.updateFor(stateVector))
    if (!this.owed.has(connection)) {
      connection.send(reply)
      return
    }
    this.stopTimer(connection)
    if (isEmptyStateVector(stateVector)) {
      this.owed.delete(connection)
      connection.send(reply)
      return
    }
    this.owed.set(connection, null)
    connection.send(reply, () => {
      if (this.owed.get(connection) === null) this.owe(connection, 0)
    })
  }

  forget(connection: Connection): void {
    this.stopTimer(connection)
    this.owed.delete(connection)
  }

  close(): void {
    for (const connection of this.owed.keys()) this.stopTimer(connection)
    this.owed.clear()
  }

  private stopTimer(connection: Connection): void {
    const timer = this.owed.get(connection)
    if (timer) clearTimeout(timer)
  }

  private owe(connection: Connection, inMs: number): void {
    this.stopTimer(connection)
    this.owed.set(
      connection,
      setTimeout(() => this.run(() => this.pay(connection)), inMs),
    )
  }

  private pay(connection: Connection): void {
    if (!this.owed.has(connection)) return
    this.forget(connection)
    if (connection.isOpen) connection.send(encodeSyncStep1(this.roomDoc.stateVector()))
  }
}
