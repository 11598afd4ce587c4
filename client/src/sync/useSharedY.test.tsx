import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { useSharedY } from './useSharedY.ts'

const readCount = vi.fn((doc: Y.Doc) => doc.getMap('m').get('count') as number | undefined)
function observeCount(doc: Y.Doc, onChange: () => void) {
  const map = doc.getMap('m')
  map.observe(onChange)
  return () => map.unobserve(onChange)
}

function Count({ doc, name }: { doc: Y.Doc; name: string }) {
  return <p>{`${name}: ${useSharedY(doc, readCount, observeCount) ?? 0}`}</p>
}

describe('useSharedY', () => {
  it('reads a doc once per change for every component that shows it, and follows it live', () => {
    const doc = new Y.Doc()
    render(['a', 'b', 'c', 'd'].map((name) => <Count key={name} doc={doc} name={name} />))
    readCount.mockClear()
    act(() => doc.getMap('m').set('count', 3))
    expect(screen.getByText('d: 3')).toBeInTheDocument()
    expect(screen.getByText('a: 3')).toBeInTheDocument()
    expect(readCount).toHaveBeenCalledTimes(1)
  })
})
