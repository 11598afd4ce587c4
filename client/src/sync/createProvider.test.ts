import { describe, expect, it, vi } from 'vitest'
import { createDocConnection, localDocName, wsOriginOf } from './createProvider.ts'

/** The socket the provider opened (the test setup's QuietWebSocket), driven by hand. */
interface DrivenSocket {
  url: string
  onopen: (() => void) | null
  onmessage: ((event: { data: ArrayBuffer }) => void) | null
  onclose: ((event: { code: number; reason: string }) => void) | null
}

function open(overrides: Partial<Parameters<typeof createDocConnection>[0]> = {}) {
  const events = { onStatus: vi.fn(), onFinalClose: vi.fn(), onWriteRefused: vi.fn() }
  const connection = createDocConnection({
    workshopId: 'w-1',
    docName: 'board',
    token: 'tok en',
    wsOrigin: 'ws://pactboard.test',
    persist: false,
    ...events,
    ...overrides,
  })
  const socket = connection.provider.ws as unknown as DrivenSocket
  return { connection, socket, ...events }
}

/** messageAuth (2), permission denied (0), then the reason as a length-prefixed string. */
function permissionDenied(reason: string): ArrayBuffer {
  const text = new TextEncoder().encode(reason)
  return new Uint8Array([2, 0, text.length, ...text]).buffer
}

describe('createDocConnection', () => {
  it('connects to /sync/<workshopId>/<doc> with the token', () => {
    const { connection, socket } = open()
    expect(socket.url).toBe('ws://pactboard.test/sync/w-1/board?token=tok%20en')
    connection.destroy()
  })

  it('reports status changes', () => {
    const { connection, socket, onStatus } = open()
    socket.onopen?.()
    expect(onStatus).toHaveBeenLastCalledWith('connected')
    connection.destroy()
  })

  it('surfaces the server refusing a write', () => {
    const { connection, socket, onWriteRefused } = open()
    socket.onopen?.()
    socket.onmessage?.({ data: permissionDenied('read-only') })
    expect(onWriteRefused).toHaveBeenCalledWith('read-only')
    connection.destroy()
  })

  it('stops on a final close and says why', () => {
    const { connection, socket, onFinalClose } = open()
    socket.onopen?.()
    socket.onclose?.({ code: 4401, reason: 'Invalid or expired token' })
    expect(onFinalClose).toHaveBeenCalledWith({
      doc: 'board',
      code: 4401,
      reason: 'Invalid or expired token',
    })
    expect(connection.provider.shouldConnect).toBe(false)
    connection.destroy()
  })

  it('retries a non-final close itself, at a jittered delay, without calling it final', () => {
    vi.useFakeTimers()
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.1)
    try {
      const { connection, socket, onFinalClose } = open()
      socket.onopen?.()
      socket.onclose?.({ code: 1011, reason: 'Please reconnect' })
      expect(onFinalClose).not.toHaveBeenCalled()
      // A tenth of the first window (200 ms): back after 20 ms, long before the stock 200 ms.
      vi.advanceTimersByTime(50)
      expect(connection.provider.shouldConnect).toBe(true)
      expect(connection.provider.ws).not.toBe(socket)
      connection.destroy()
    } finally {
      random.mockRestore()
      vi.useRealTimers()
    }
  })

  it('keeps each workshop doc in its own IndexedDB database', () => {
    const { connection } = open({ persist: true })
    expect(connection.persistence?.name).toBe(localDocName('w-1', 'board'))
    expect(localDocName('w-1', 'board')).not.toBe(localDocName('w-2', 'board'))
    connection.destroy()
  })

  it('derives the socket origin from the page', () => {
    expect(wsOriginOf({ protocol: 'https:', host: 'pactboard.example' })).toBe(
      'wss://pactboard.example',
    )
    expect(wsOriginOf({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173')
  })
})
