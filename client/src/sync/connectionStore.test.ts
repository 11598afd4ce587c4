import { describe, expect, it } from 'vitest'
import { selectConnectionState, useConnectionStore } from './connectionStore.ts'

const state = () => selectConnectionState(useConnectionStore.getState())

describe('connection state', () => {
  it('is connecting until every doc has connected once, then online', () => {
    const store = useConnectionStore.getState()
    store.setStatus('board', 'connecting')
    store.setStatus('ledger', 'connected')
    expect(state()).toBe('connecting')
    store.setStatus('board', 'connected')
    expect(state()).toBe('online')
  })

  it('is reconnecting when a doc that was online drops, online again when it is back', () => {
    const store = useConnectionStore.getState()
    store.setStatus('board', 'connected')
    store.setStatus('board', 'disconnected')
    expect(state()).toBe('reconnecting')
    store.setStatus('board', 'connecting')
    expect(state()).toBe('reconnecting')
    store.setStatus('board', 'connected')
    expect(state()).toBe('online')
  })

  it('is offline while the browser is, whatever the sockets say', () => {
    const store = useConnectionStore.getState()
    store.setStatus('board', 'connected')
    store.setBrowserOnline(false)
    expect(state()).toBe('offline')
    store.setBrowserOnline(true)
    expect(state()).toBe('online')
  })

  it('is offline after a final close, and keeps the first reason', () => {
    const store = useConnectionStore.getState()
    store.setStatus('board', 'connected')
    store.setFinalClose({ doc: 'board', code: 4403, reason: 'Not allowed' })
    store.setFinalClose({ doc: 'ledger', code: 4404, reason: 'No such workshop' })
    expect(state()).toBe('offline')
    expect(useConnectionStore.getState().finalClose?.code).toBe(4403)
  })
})
