import type { WebSocket } from 'ws'
import type { SyncSocket } from '../../sync/connection.ts'

/**
 * A `ws` socket as the sync core's SyncSocket. Frames that arrive while the connection is still
 * being admitted (token check, workshop lookup) are held and handed over in order.
 */

const MAX_EARLY_FRAMES = 256
// A client that reads slower than the room writes gets closed with 1013 (try again later) rather
// than holding the server's memory; it reconnects and resyncs from a state vector.
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024

export function adaptWebSocket(ws: WebSocket): SyncSocket {
  let early: Uint8Array[] | null = []
  let deliver: ((frame: Uint8Array) => void) | null = null
  let closed = false
  const closeListeners: (() => void)[] = []

  ws.on('message', (data: Buffer) => {
    if (deliver) return deliver(data)
    if (early && early.length < MAX_EARLY_FRAMES) early.push(data)
    else ws.close(1008, 'Too many messages before the connection was ready')
  })
  ws.on('close', () => {
    closed = true
    early = null
    for (const listener of closeListeners.splice(0)) listener()
  })

  return {
    send(frame, onSent) {
      if (ws.readyState !== ws.OPEN) return
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.close(1013, 'Client too slow')
      ws.send(frame, onSent && ((error) => error || onSent()))
    },
    close(code, reason) {
      ws.close(code, reason)
    },
    onMessage(listener) {
      deliver = listener
      for (const frame of early?.splice(0) ?? []) listener(frame)
      early = null
    },
    onClose(listener) {
      if (closed) listener()
      else closeListeners.push(listener)
    },
  }
}
