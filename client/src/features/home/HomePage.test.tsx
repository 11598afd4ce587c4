import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '../../app/sessionStore.ts'
import { apiCalls, renderAt } from '../../test/render.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** The home page is a lazy chunk: wait for it before reading it. */
async function renderHome() {
  const rendered = renderAt('/')
  await screen.findByRole('heading', { name: 'Create a workshop' })
  return rendered
}

describe('home page', () => {
  it('offers both: create a workshop and join one', async () => {
    await renderHome()
    expect(screen.getByRole('heading', { name: 'Create a workshop' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Join a workshop' })).toBeInTheDocument()
    expect(screen.getByLabelText('Join code')).toBeInTheDocument()
  })

  it('asks for a title and a city', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    await renderHome()
    await userEvent.click(screen.getByRole('button', { name: 'Create workshop' }))
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(/at least 3 characters/)
    expect(screen.getByLabelText('City')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Title')).toHaveFocus()
    expect(apiCalls(fetchMock)).toEqual([])
  })

  it('refuses a dot budget outside 1–50 before sending anything', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    await renderHome()
    await userEvent.type(screen.getByLabelText('Title'), 'Citizens evening')
    await userEvent.type(screen.getByLabelText('City'), 'Umeå')
    await userEvent.clear(screen.getByLabelText('Dots per person'))
    await userEvent.type(screen.getByLabelText('Dots per person'), '0')
    await userEvent.click(screen.getByRole('button', { name: 'Create workshop' }))
    expect(screen.getByLabelText('Dots per person')).toHaveAccessibleDescription(
      /Enter a whole number from 1 to 50/,
    )
    expect(apiCalls(fetchMock)).toEqual([])
  })

  it('creates a workshop and opens it as its facilitator', async () => {
    const workshop = makeWorkshop({
      id: 'w-9',
      title: 'Business breakfast',
      city: 'Malmö',
      language: 'sv',
      createdAt: '2026-03-03T08:00:00.000Z',
    })
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            workshop,
            joinCode: 'ACDEFG',
            facilitatorToken: 'fac-token',
            participant: makeParticipant({ id: 'p-f', displayName: 'Sara', role: 'facilitator' }),
          }),
          { status: 201 },
        ),
    )
    vi.stubGlobal('fetch', fetchMock)
    const { router } = await renderHome()
    await userEvent.type(screen.getByLabelText('Title'), 'Business breakfast')
    await userEvent.type(screen.getByLabelText('City'), 'Malmö')
    await userEvent.selectOptions(screen.getByLabelText('Workshop language'), 'sv')
    // A bilingual workshop: people may read it in English too.
    await userEvent.selectOptions(screen.getByLabelText('Second language'), 'en')
    await userEvent.selectOptions(screen.getByLabelText('Kind of workshop'), 'business_breakfast')
    // The agenda is named in the workshop's language (Swedish here), the hint in the screen's.
    expect(
      screen.getByText('Agenda: Förslag → Bearbetning → Åtaganden. You can change it later.'),
    ).toBeInTheDocument()
    await userEvent.clear(screen.getByLabelText('Dots per person'))
    await userEvent.type(screen.getByLabelText('Dots per person'), '3')
    await userEvent.click(screen.getByLabelText('Approve proposals before everyone sees them'))
    await userEvent.type(screen.getByLabelText('Your name'), 'Sara')
    await userEvent.click(screen.getByRole('button', { name: 'Create workshop' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/w/w-9'))
    const init = apiCalls(fetchMock)[0] as [string, RequestInit]
    expect(init[0]).toBe('/api/workshops')
    expect(JSON.parse(String(init[1].body))).toEqual({
      title: 'Business breakfast',
      city: 'Malmö',
      language: 'sv',
      template: 'business_breakfast',
      settings: { voteBudgetPerParticipant: 3, moderation: true, secondLanguage: 'en' },
      facilitatorName: 'Sara',
    })
    expect(useSessionStore.getState().sessions['w-9']?.token).toBe('fac-token')
  })
})
