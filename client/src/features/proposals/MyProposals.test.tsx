import type { MyProposalsResponse } from '@pactboard/shared'
import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Session, useSessionStore } from '../../app/sessionStore.ts'
import { renderAt } from '../../test/render.tsx'

const workshop = makeWorkshop({ id: 'w-1', title: 'Kvällsmöte' })
const participant = makeParticipant({ id: 'p-anna', displayName: 'Anna', role: 'participant' })
const session: Session = { token: 'anna-token', joinCode: 'ACDEFG', participant, workshop }

const reason = 'The tram line planned for 2028 runs along the same street.'
const answer: MyProposalsResponse = {
  proposals: [
    {
      measureId: 'm-1',
      title: 'Bus lane on Storgatan',
      proposedAt: '2026-03-03T18:30:00.000Z',
      outcome: { kind: 'candidate', state: { status: 'rejected', reason } },
    },
    {
      measureId: 'm-2',
      title: 'Solar roofs on schools',
      proposedAt: '2026-03-03T18:40:00.000Z',
      outcome: { kind: 'candidate', state: { status: 'in_plan' } },
    },
    {
      measureId: 'm-3',
      title: 'Bike lanes downtown',
      proposedAt: '2026-03-03T18:50:00.000Z',
      outcome: {
        kind: 'merged',
        intoTitle: 'Cycle paths in the centre',
        state: { status: 'prioritised' },
      },
    },
    {
      measureId: 'm-4',
      title: 'Library of things',
      proposedAt: '2026-03-03T19:00:00.000Z',
      outcome: { kind: 'waiting' },
    },
  ],
}

function stubApi(proposals: MyProposalsResponse = answer) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = String(input)
    if (url.endsWith('/my-proposals')) return new Response(JSON.stringify(proposals))
    return new Response(JSON.stringify({ workshop, joinCode: 'ACDEFG' }))
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('[W11] what happened to my proposals', () => {
  it('is linked from a participant’s board and says, per measure, its status and a rejection’s reason', async () => {
    const fetchMock = stubApi()
    useSessionStore.getState().saveSession(session)
    const { router } = renderAt('/w/w-1')
    await userEvent.click(
      await screen.findByRole('link', { name: 'What happened to my proposals' }),
    )
    expect(router.state.location.pathname).toBe('/w/w-1/proposals')
    const list = await screen.findByRole('list', { name: 'What happened to my proposals' })
    const items = within(list).getAllByRole('listitem')
    expect(
      items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent),
    ).toEqual([
      'Bus lane on Storgatan',
      'Solar roofs on schools',
      'Bike lanes downtown',
      'Library of things',
    ])
    expect(items[0]).toHaveTextContent(`Not taken forward. The reason:${reason}`)
    expect(items[1]).toHaveTextContent("In the city's list: In the plan")
    expect(items[2]).toHaveTextContent('Merged with “Cycle paths in the centre”.')
    expect(items[2]).toHaveTextContent("In the city's list: Prioritised")
    expect(items[3]).toHaveTextContent("Not in the city's list yet.")
    expect(document.title).toBe('Kvällsmöte – What happened to my proposals – Pactboard')
    const call = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/my-proposals'))
    expect(call?.[0]).toBe('/api/workshops/w-1/my-proposals')
    expect(call?.[1]?.headers).toMatchObject({ authorization: 'Bearer anna-token' })
    await userEvent.click(screen.getByRole('link', { name: 'Back to the board' }))
    expect(router.state.location.pathname).toBe('/w/w-1')
  })

  it('says so when the person proposed nothing here', async () => {
    stubApi({ proposals: [] })
    useSessionStore.getState().saveSession(session)
    renderAt('/w/w-1/proposals')
    expect(
      await screen.findByText('You have not proposed a measure in this workshop.'),
    ).toBeInTheDocument()
  })

  it('offers the link to no facilitator: the staff follow the list in the workspace', async () => {
    stubApi()
    useSessionStore.getState().saveSession({
      ...session,
      participant: { ...participant, role: 'facilitator' },
    })
    renderAt('/w/w-1')
    expect(await screen.findByRole('button', { name: 'Add measure' })).toBeInTheDocument()
    expect(
      screen.queryByRole('link', { name: 'What happened to my proposals' }),
    ).not.toBeInTheDocument()
  })
})
