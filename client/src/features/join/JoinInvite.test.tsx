import type { JoinResponse } from '@pactboard/shared'
import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '../../app/sessionStore.ts'
import { apiCalls, renderAt } from '../../test/render.tsx'

const inviteFor = (role: string) =>
  `h.${btoa(JSON.stringify({ workshopId: 'w-1', role })).replace(/=+$/, '')}.sig`

const workshop = makeWorkshop({ title: 'Planners sprint', template: 'planner_sprint' })

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('joining with an invite link', () => {
  it('asks only for a name, sends the invite and keeps the code it learns', async () => {
    const response: JoinResponse = {
      workshopId: 'w-1',
      joinCode: 'ACDEFG',
      token: 'tok',
      participant: makeParticipant({ role: 'planner' }),
      workshop,
    }
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(response), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const invite = inviteFor('planner')
    const { router } = renderAt(`/join?invite=${invite}`)

    expect(screen.getByText('You are invited as Planner.')).toBeInTheDocument()
    expect(screen.queryByLabelText('Join code')).not.toBeInTheDocument()
    await userEvent.type(screen.getByLabelText('Display name'), 'Per')
    await userEvent.click(screen.getByRole('button', { name: 'Join' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/w/w-1'))
    const init = apiCalls(fetchMock)[0] as [string, RequestInit]
    expect(JSON.parse(String(init[1].body))).toEqual({ invite, displayName: 'Per' })
    expect(useSessionStore.getState().sessions['w-1']?.joinCode).toBe('ACDEFG')
  })

  it('says plainly when the invite is no longer valid', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({ error: { code: 'UNAUTHORIZED', message: 'This invite has expired' } }),
            { status: 401 },
          ),
      ),
    )
    renderAt(`/join?invite=${inviteFor('observer')}`)
    await userEvent.type(screen.getByLabelText('Display name'), 'Olle')
    await userEvent.click(screen.getByRole('button', { name: 'Join' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/no longer valid/)
  })
})
