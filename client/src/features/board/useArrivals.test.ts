import type { BoardCard, Measure } from '@pactboard/shared'
import { renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useArrivals } from './useArrivals.ts'

const cardsOf = (...ids: string[]): BoardCard[] =>
  ids.map((id) => ({ measure: { id } as Measure, pending: false }))

describe('useArrivals', () => {
  it('counts as arrived only the cards that came after the first ones, and only for a second', () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1000)
    const { result, rerender } = renderHook(({ cards }) => useArrivals(cards), {
      initialProps: { cards: cardsOf('a', 'b') },
    })
    expect(result.current('a')).toBe(false)

    rerender({ cards: cardsOf('a', 'b', 'c') })
    expect(result.current('c')).toBe(true)
    expect(result.current('a')).toBe(false)

    // A row that mounts later, as the list scrolls to it, does not animate in.
    now.mockReturnValue(2500)
    expect(result.current('c')).toBe(false)
    now.mockRestore()
  })

  it('takes the first cards it sees as the baseline when the board starts empty', () => {
    const { result, rerender } = renderHook(({ cards }) => useArrivals(cards), {
      initialProps: { cards: cardsOf() },
    })
    rerender({ cards: cardsOf('a', 'b') })
    expect(result.current('a')).toBe(false)
  })
})
