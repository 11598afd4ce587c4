import { mirrorJoinLocked } from '@pactboard/shared'
import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { JoinLockToggle } from './JoinLockToggle.tsx'

describe('[P12] join lock toggle', () => {
  it('follows the ledger’s mirror live, whatever this session last heard', () => {
    const ledger = new Y.Doc()
    render(
      <JoinLockToggle api={{ workshopId: 'w-1', token: 't' }} joinLocked={false} ledger={ledger} />,
    )
    const toggle = screen.getByRole('button', { name: 'Lock joining' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    // Another facilitator locks joining: the server writes the ledger, this screen follows.
    act(() => mirrorJoinLocked(ledger, true))
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
  })
})
