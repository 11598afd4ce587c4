import { addMeasure, listMeasures, observeMeasures } from '@pactboard/shared'
import { makeBoardDoc, makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { act, render, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type * as Y from 'yjs'
import { useY } from './useY.ts'

describe('useY', () => {
  it('keeps the snapshot until the doc changes, and reads once per change', () => {
    const { doc } = makeBoardDoc([{ title: 'Solar roofs' }])
    const read = vi.fn(listMeasures)
    const { result, rerender } = renderHook(() => useY(doc, read, observeMeasures))
    const first = result.current
    rerender()
    expect(result.current).toBe(first)
    const reads = read.mock.calls.length

    act(() => {
      addMeasure(doc, {
        fields: makeMeasureFields({ title: 'Heat pumps' }),
        proposer: { participantId: 'p-bo', actorId: null },
      })
    })
    expect(result.current).not.toBe(first)
    expect(result.current.map((m) => m.title)).toEqual(['Solar roofs', 'Heat pumps'])
    expect(read.mock.calls.length).toBe(reads + 1)
  })

  it('follows a new doc when the doc changes identity (a board started over)', () => {
    const { doc: before } = makeBoardDoc([{ title: 'Ghost card' }])
    const { doc: after } = makeBoardDoc([{ title: 'Solar roofs' }])
    const { result, rerender } = renderHook(({ doc }) => useY(doc, listMeasures, observeMeasures), {
      initialProps: { doc: before },
    })
    rerender({ doc: after })
    expect(result.current.map((m) => m.title)).toEqual(['Solar roofs'])

    act(() => {
      addMeasure(after, {
        fields: makeMeasureFields({ title: 'Heat pumps' }),
        proposer: { participantId: 'p-bo', actorId: null },
      })
      addMeasure(before, {
        fields: makeMeasureFields({ title: 'Another ghost' }),
        proposer: { participantId: 'p-bo', actorId: null },
      })
    })
    expect(result.current.map((m) => m.title)).toEqual(['Solar roofs', 'Heat pumps'])
  })

  it('stops observing on unmount', () => {
    const { doc } = makeBoardDoc()
    const unobserve = vi.fn()
    const observe = vi.fn(() => unobserve)
    const { unmount } = renderHook(() => useY(doc, listMeasures, observe))
    unmount()
    expect(unobserve).toHaveBeenCalled()
  })

  it('sees a change that lands between the render that read the doc and its subscription', () => {
    const { doc } = makeBoardDoc([{ title: 'Solar roofs' }])
    const { container } = render(
      <>
        <Titles doc={doc} />
        <ArrivesMeanwhile doc={doc} />
      </>,
    )
    expect(container.textContent).toBe('Solar roofs, Heat pumps')
  })
})

function Titles({ doc }: { doc: Y.Doc }) {
  const titles = useY(doc, listMeasures, observeMeasures).map((m) => m.title)
  return <p>{titles.join(', ')}</p>
}

const arrived = new WeakSet<Y.Doc>()

/**
 * Rendered after Titles in the same commit, before any effect subscribes: a sync message landing
 * at that moment, as the ledger's did on a busy phone.
 */
function ArrivesMeanwhile({ doc }: { doc: Y.Doc }) {
  if (!arrived.has(doc)) {
    arrived.add(doc)
    addMeasure(doc, {
      fields: makeMeasureFields({ title: 'Heat pumps' }),
      proposer: { participantId: 'p-bo', actorId: null },
    })
  }
  return null
}
