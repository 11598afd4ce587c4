import type { PresenceState } from '@pactboard/shared'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { usePeopleHere } from '../../sync/usePeopleHere.ts'
import { WhoIsHere } from './WhoIsHere.tsx'

function PeopleHere({ awareness, myId }: { awareness: Awareness; myId: string }) {
  return <WhoIsHere people={usePeopleHere(awareness)} myId={myId} />
}

/** One browser tab: its own doc and awareness, with a presence state. */
function tab(user: PresenceState['user'] | null) {
  const awareness = new Awareness(new Y.Doc())
  awareness.setLocalState(user ? { user } : null)
  return awareness
}

/** What the server relays: another tab's awareness state arriving in `into`. */
function relay(from: Awareness, into: Awareness) {
  applyAwarenessUpdate(into, encodeAwarenessUpdate(from, [from.clientID]), 'server')
}

describe('who is here', () => {
  it('counts people, not tabs, and lists their names', async () => {
    const mine = tab({ participantId: 'p-anna', displayName: 'Anna', role: 'participant' })
    render(<PeopleHere awareness={mine} myId="p-anna" />)
    expect(screen.getByText('1 person here')).toBeInTheDocument()

    const bo = tab({ participantId: 'p-bo', displayName: 'Bo', role: 'facilitator' })
    const boSecondTab = tab({ participantId: 'p-bo', displayName: 'Bo', role: 'facilitator' })
    const noPresence = tab(null)
    act(() => {
      relay(bo, mine)
      relay(boSecondTab, mine)
      relay(noPresence, mine)
    })
    expect(screen.getByText('2 people here')).toBeInTheDocument()

    await userEvent.click(screen.getByText('2 people here'))
    const names = screen.getByRole('list', { name: 'People here' })
    expect(names).toHaveTextContent('Anna (you)')
    expect(names).toHaveTextContent('BoFacilitator')
  })

  it('lets people go when their state is removed', () => {
    const mine = tab({ participantId: 'p-anna', displayName: 'Anna', role: 'participant' })
    const bo = tab({ participantId: 'p-bo', displayName: 'Bo', role: 'participant' })
    render(<PeopleHere awareness={mine} myId="p-anna" />)
    act(() => relay(bo, mine))
    expect(screen.getByText('2 people here')).toBeInTheDocument()
    act(() => {
      bo.setLocalState(null)
      relay(bo, mine)
    })
    expect(screen.getByText('1 person here')).toBeInTheDocument()
  })
})
