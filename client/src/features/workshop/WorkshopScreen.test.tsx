import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Session, useSessionStore } from '../../app/sessionStore.ts'
import { useConnectionStore } from '../../sync/connectionStore.ts'
import { renderAt } from '../../test/render.tsx'

const session: Session = {
  token: 'tok',
  joinCode: 'ACDEFG',
  participant: makeParticipant({ id: 'p-fac', displayName: 'Frida', role: 'facilitator' }),
  workshop: makeWorkshop(),
}

/** The API as the screen meets it: the token check knows the workshop; no invites yet. */
function fakeApi(workshop: typeof session.workshop) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input)
    if (url.includes('/invites')) return new Response(JSON.stringify({ invites: [] }))
    return new Response(JSON.stringify({ workshop, joinCode: 'ACDEFG' }))
  })
}

beforeEach(() => {
  vi.stubGlobal('fetch', fakeApi(session.workshop))
  useSessionStore.getState().saveSession(session)
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('workshop screen', () => {
  it('shows the facilitator the workshop, the join code and the board', async () => {
    renderAt('/w/w-1')
    expect(screen.getByRole('heading', { level: 1, name: 'Citizens evening' })).toBeInTheDocument()
    expect(screen.getByLabelText('Join code')).toHaveTextContent('ACD-EFG')
    expect(await screen.findByRole('button', { name: 'Add measure' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…')
  })

  it('[W25] shows a workspace’s plan without a join code or an agenda', async () => {
    const plan = makeWorkshop({ id: 'plan-ws-1', title: 'Malmö stad: the climate plan' })
    vi.stubGlobal('fetch', fakeApi(plan))
    useSessionStore.getState().saveSession({ ...session, workshop: plan })
    renderAt('/w/plan-ws-1/plan')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Malmö stad: the climate plan' }),
    ).toBeInTheDocument()
    expect(screen.queryByLabelText('Join code')).toBeNull()
    expect(screen.queryByRole('region', { name: 'Current phase' })).toBeNull()
  })

  it('speaks the workshop language to a phone that prefers another, and says so in <html lang>', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sv-SE', 'sv'])
    renderAt('/w/w-1')
    expect(await screen.findByRole('button', { name: 'Add measure' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    // one language offered: nothing to switch
    expect(screen.queryByLabelText('Language')).not.toBeInTheDocument()
  })

  it('offers both languages of a bilingual workshop and remembers the pick', async () => {
    const workshop = {
      ...session.workshop,
      language: 'sv' as const,
      settings: { ...session.workshop.settings, secondLanguage: 'en' as const },
    }
    vi.stubGlobal('fetch', fakeApi(workshop))
    useSessionStore.getState().saveSession({ ...session, workshop })
    renderAt('/w/w-1')
    // the browser (English) is one of the workshop's languages, so it wins over the workshop's own
    expect(await screen.findByRole('button', { name: 'Add measure' })).toBeInTheDocument()
    const switcher = await screen.findByLabelText('Language')
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Svenska', 'English'])
    await userEvent.selectOptions(switcher, 'sv')
    expect(await screen.findByRole('button', { name: 'Lägg till åtgärd' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('sv')
    expect(JSON.parse(localStorage.getItem('pactboard:ui') ?? '{}').state).toEqual({
      chosenLanguage: 'sv',
    })
  })

  it('sends someone whose token the server refuses back to the join page, saying why', async () => {
    const { router } = renderAt('/w/w-1')
    await screen.findByRole('button', { name: 'Add measure' })
    act(() =>
      useConnectionStore
        .getState()
        .setFinalClose({ doc: 'board', code: 4401, reason: 'Invalid or expired token' }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/join/ACDEFG'))
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has expired')
  })

  it('[G1] says clearly when the workshop no longer exists (4404: it was deleted)', async () => {
    const { router } = renderAt('/w/w-1')
    await screen.findByRole('button', { name: 'Add measure' })
    act(() =>
      useConnectionStore
        .getState()
        .setFinalClose({ doc: 'board', code: 4404, reason: 'No such workshop' }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/gone'))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This workshop was deleted')
  })

  it('tells a read-only connection that its write was refused', async () => {
    renderAt('/w/w-1')
    await screen.findByRole('button', { name: 'Add measure' })
    act(() => useConnectionStore.getState().setWriteRefused('board'))
    expect(screen.getByRole('alert')).toHaveTextContent('You can read but not edit this.')
  })

  it('switches to the plan with the "Plan" link, keeping the docs open', async () => {
    const { router } = renderAt('/w/w-1')
    await screen.findByRole('button', { name: 'Add measure' })
    await userEvent.click(screen.getByRole('link', { name: 'Plan' }))
    expect(router.state.location.pathname).toBe('/w/w-1/plan')
    // The plan view is lazy chunks (Tiptap, the exports): on a busy machine they take more than
    // the default second, and the screen may be replaced while the later ones load (the editor
    // is made again once the plan's connection opens). So the page is asked as it is each time.
    await waitFor(
      () => {
        expect(screen.getByRole('textbox', { name: 'Plan document' })).toBeInTheDocument()
        expect(screen.getByRole('button', { name: 'Download DOCX' })).toBeInTheDocument()
        expect(screen.getByRole('link', { name: 'Plan' })).toHaveAttribute('aria-current', 'page')
      },
      { timeout: 10_000 },
    )
  })

  it('presents with the "Present" link: the join code large, without the header, tabs kept', async () => {
    const { router } = renderAt('/w/w-1')
    await screen.findByRole('button', { name: 'Add measure' })
    await userEvent.click(screen.getByRole('link', { name: 'Present' }))
    expect(router.state.location.pathname).toBe('/w/w-1/present')
    const view = await screen.findByRole('region', { name: 'Presentation' })
    expect(within(view).getByRole('heading', { level: 1, name: 'Citizens evening' })).toBeVisible()
    // Once, in the presentation: the join panel above the tabs would only repeat it.
    expect(screen.getByLabelText('Join code')).toHaveTextContent('ACD-EFG')
    expect(
      screen.getByText(
        'The pathway appears here once the planners enter the baseline and the target.',
      ),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'Board' })).toBeVisible()
  })
})
