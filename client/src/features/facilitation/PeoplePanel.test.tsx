import {
  addActor,
  markParticipantRemoved,
  registerParticipant,
  type Workshop,
} from '@pactboard/shared'
import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { useSessionStore } from '../../app/sessionStore.ts'
import { PeoplePanel } from './PeoplePanel.tsx'

const workshop: Workshop = makeWorkshop()
const frida = makeParticipant({ id: 'p-fac', displayName: 'Frida', role: 'facilitator' })

let ledger: Y.Doc
let board: Y.Doc
beforeEach(() => {
  ledger = new Y.Doc()
  board = new Y.Doc()
  const actor = addActor(board, { name: 'Umeå Energi', kind: 'utility' })
  registerParticipant(ledger, frida)
  registerParticipant(ledger, makeParticipant({ joinedAt: '2026-03-03T18:05:00.000Z' }))
  registerParticipant(
    ledger,
    makeParticipant({
      id: 'p-bo',
      displayName: 'Bo',
      role: 'company',
      actorId: actor.id,
      joinedAt: '2026-03-03T18:06:00.000Z',
    }),
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
})

function renderPanel(joinLocked = false) {
  return render(
    <PeoplePanel
      api={{ workshopId: 'w-1', token: 'tok' }}
      meId="p-fac"
      joinLocked={joinLocked}
      ledger={ledger}
      board={board}
    />,
  )
}

function stubFetch(body: unknown, status = 200) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

describe('people panel', () => {
  it('lists everyone with their role and organisation, and no button to remove oneself', () => {
    renderPanel()
    const list = screen.getByRole('region', { name: 'People (3)' })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Frida (you) Facilitator'),
      expect.stringContaining('Anna Participant'),
      expect.stringContaining('Bo Organisation representative · Umeå Energi'),
    ])
    expect(within(items[1]!).getByText(/joined/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Remove Frida' })).toBeNull()
  })

  it('removes someone only after confirming, through the API', async () => {
    const fetchMock = stubFetch({ participant: makeParticipant() })
    renderPanel()
    await userEvent.click(screen.getByRole('button', { name: 'Remove Anna' }))
    const dialog = screen.getByRole('dialog', { name: 'Remove Anna?' })
    expect(fetchMock).not.toHaveBeenCalled()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(fetchMock).not.toHaveBeenCalled()

    await userEvent.click(screen.getByRole('button', { name: 'Remove Anna' }))
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove Anna' }),
    )
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/workshops/w-1/participants/p-anna',
      expect.objectContaining({
        method: 'DELETE',
        headers: expect.objectContaining({ authorization: 'Bearer tok' }),
      }),
    )
  })

  it('shows the removed apart, live from the ledger', () => {
    renderPanel()
    act(() => {
      markParticipantRemoved(ledger, 'p-anna', 'p-fac', new Date('2026-03-03T19:00:00.000Z'))
    })
    expect(screen.getByRole('heading', { name: 'People (2)' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Removed (1)' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Remove Anna' })).toBeNull()
    expect(screen.getByText(/removed/)).toBeInTheDocument()
  })

  it('says why when the server keeps the last facilitator', async () => {
    stubFetch({ error: { code: 'VALIDATION_FAILED', message: 'last' } }, 400)
    renderPanel()
    await userEvent.click(screen.getByRole('button', { name: 'Remove Bo' }))
    const dialog = screen.getByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove Bo' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You are the last facilitator',
    )
  })

  it('locks joining with a pressed toggle and keeps the answer in the session', async () => {
    useSessionStore.getState().saveSession({
      token: 'tok',
      participant: frida,
      workshop,
      joinCode: 'ACDEFG',
    })
    const fetchMock = stubFetch({ workshop: { ...workshop, joinLocked: true }, joinCode: 'ACDEFG' })
    const { rerender } = renderPanel(false)
    const toggle = screen.getByRole('button', { name: 'Lock joining' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(screen.getByText('Anyone with the code can join.')).toBeInTheDocument()
    await userEvent.click(toggle)

    await waitFor(() =>
      expect(useSessionStore.getState().sessions['w-1']?.workshop.joinLocked).toBe(true),
    )
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/workshops/w-1')
    expect(init.method).toBe('PATCH')
    expect(JSON.parse(String(init.body))).toEqual({ joinLocked: true })

    rerender(
      <PeoplePanel
        api={{ workshopId: 'w-1', token: 'tok' }}
        meId="p-fac"
        joinLocked
        ledger={ledger}
        board={board}
      />,
    )
    expect(screen.getByRole('button', { name: 'Lock joining' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(screen.getByText(/Invite links still work/)).toBeInTheDocument()
  })
})
