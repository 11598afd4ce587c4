import { CLOSE_CODES } from '@pactboard/shared'
import { WebSocket } from 'ws'

/**
 * ws enforces `maxPayload` itself and closes with 1009 before anyone sees the frame. Our clients
 * act on 4413 (DESIGN §4), so the server's sockets translate that one code.
 */
export class SyncWebSocket extends WebSocket {
  override close(code?: number, data?: string | Buffer): void {
    if (code === 1009) super.close(CLOSE_CODES.tooLarge.code, CLOSE_CODES.tooLarge.reason)
    else super.close(code, data)
  }
}
