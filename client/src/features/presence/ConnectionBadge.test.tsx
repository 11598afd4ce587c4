import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useConnectionStore } from '../../sync/connectionStore.ts'
import { ConnectionBadge } from './ConnectionBadge.tsx'

describe('connection badge', () => {
  it('announces online, reconnecting and offline politely', () => {
    render(<ConnectionBadge />)
    const badge = screen.getByRole('status')
    expect(badge).toHaveAttribute('aria-live', 'polite')
    expect(badge).toHaveTextContent('Connecting…')

    const store = useConnectionStore.getState()
    act(() => store.setStatus('board', 'connected'))
    expect(badge).toHaveTextContent('Online')
    act(() => store.setStatus('board', 'disconnected'))
    expect(badge).toHaveTextContent('Reconnecting…')
    act(() => {
      window.dispatchEvent(new Event('offline'))
      store.setBrowserOnline(false)
    })
    expect(badge).toHaveTextContent('Offline')
  })
})
