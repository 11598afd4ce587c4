import {
  markParticipantErased,
  type PrivacyNoticeResponse,
  registerParticipant,
} from '@pactboard/shared'
import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { type Session, useSessionStore } from '../../app/sessionStore.ts'
import { useUiStore } from '../../app/uiStore.ts'
import { useConnectionStore } from '../../sync/connectionStore.ts'
import { localDocName } from '../../sync/createProvider.ts'
import { renderAt } from '../../test/render.tsx'
import { PeoplePanel } from '../facilitation/PeoplePanel.tsx'
import { ExportButtons } from '../plan/ExportButtons.tsx'

const NO_FACTS: PrivacyNoticeResponse = {
  controller: null,
  policyUrl: null,
  retentionDays: null,
  notices: {},
}

const facilitator: Session = {
  token: 'tok-frida',
  joinCode: 'ACDEFG',
  participant: makeParticipant({ id: 'p-frida', displayName: 'Frida', role: 'facilitator' }),
  workshop: makeWorkshop({ title: 'Climate evening in Lund' }),
}

/** `fetch` answering each path with a body (and status), recording what was asked. */
function stubApi(answers: Record<string, { status?: number; body: unknown }>) {
  const calls: { method: string; url: string }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({ method: init.method ?? 'GET', url })
      const path = url.split('?')[0] ?? url
      const answer = answers[`${init.method ?? 'GET'} ${path}`] ?? answers[path]
      if (!answer)
        return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: path } }), {
          status: 404,
        })
      return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200 })
    }),
  )
  return calls
}

/** A local copy of a doc, as y-indexeddb keeps one for a workshop doc. */
async function openDatabase(name: string): Promise<void> {
  const doc = new Y.Doc()
  doc.getMap('m').set('k', 1)
  const persistence = new IndexeddbPersistence(name, doc)
  await persistence.whenSynced
  await persistence.destroy()
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : [])).sort()
}

afterEach(async () => {
  vi.unstubAllGlobals()
  for (const name of await databaseNames()) indexedDB.deleteDatabase(name)
})

describe('the privacy notice before joining', () => {
  it('says what is kept, who sees it, for how long and who the controller is, before the Join button', async () => {
    stubApi({
      '/api/privacy': {
        body: { ...NO_FACTS, controller: 'City of Lund, dataskydd@lund.se', retentionDays: 90 },
      },
    })
    renderAt('/join/ACDEFG')
    const notice = screen.getByRole('note', { name: 'Your data in this workshop' })
    expect(notice).toHaveTextContent('What is kept: the name you type')
    expect(notice).toHaveTextContent('Who sees it: everyone in this workshop')
    await waitFor(() =>
      expect(notice).toHaveTextContent('or 90 days after the last activity in it'),
    )
    expect(notice).toHaveTextContent('(controller): City of Lund, dataskydd@lund.se.')
    expect(notice).toHaveTextContent('Ask the facilitator to show you your data or to erase it.')
    // It comes before the button that joins.
    const join = screen.getByRole('button', { name: 'Join' })
    expect(notice.compareDocumentPosition(join) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('says what holds everywhere when the server cannot be asked', async () => {
    stubApi({})
    renderAt('/join')
    const notice = screen.getByRole('note', { name: 'Your data in this workshop' })
    expect(notice).toHaveTextContent('For how long: until the facilitator deletes the workshop.')
    expect(notice).toHaveTextContent('the organisation running this workshop; ask the facilitator')
  })

  it('shows the deployment’s own text for the person’s language, and links its policy', async () => {
    stubApi({
      '/api/privacy': {
        body: {
          ...NO_FACTS,
          policyUrl: 'https://lund.se/integritet',
          notices: { sv: 'Lunds kommun är ansvarig.\n\nUppgifterna raderas efter 30 dagar.' },
        },
      },
    })
    useUiStore.getState().chooseLanguage('sv')
    renderAt('/join')
    const notice = await screen.findByRole('note', { name: 'Dina uppgifter i den här workshoppen' })
    await waitFor(() => expect(within(notice).getAllByRole('listitem')).toHaveLength(2))
    expect(notice).toHaveTextContent('Lunds kommun är ansvarig.')
    expect(
      within(notice).getByRole('link', { name: 'Fullständig integritetspolicy' }),
    ).toHaveAttribute('href', 'https://lund.se/integritet')
  })
})

describe('[P23][G1] deleting the workshop', () => {
  it('asks with the workshop’s name, then deletes it and removes its copy from this device', async () => {
    useSessionStore.getState().saveSession(facilitator)
    const calls = stubApi({
      'GET /api/workshops/w-1': { body: { workshop: facilitator.workshop, joinCode: 'ACDEFG' } },
      'DELETE /api/workshops/w-1': {
        body: { workshopId: 'w-1', deletedAt: '2026-03-04T08:00:00.000Z' },
      },
      '/api/privacy': { body: { ...NO_FACTS, retentionDays: 30 } },
    })
    const { router } = renderAt('/w/w-1')
    const panel = await screen.findByRole('region', { name: "The workshop's data" })
    await waitFor(() => expect(panel).toHaveTextContent('deleted 30 days after its last activity'))
    await userEvent.click(within(panel).getByRole('button', { name: 'Delete workshop' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete “Climate evening in Lund”?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(calls.filter((c) => c.method === 'DELETE')).toEqual([])

    await userEvent.click(within(panel).getByRole('button', { name: 'Delete workshop' }))
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Delete “Climate evening in Lund” for good',
      }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/gone'))
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual([
      '/api/workshops/w-1',
    ])
    // The router renders the new route in a transition: the page follows its location.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'This workshop was deleted',
      ),
    )
    expect(screen.getByRole('status')).toHaveTextContent('You deleted “Climate evening in Lund”')
    await waitFor(() => expect(useSessionStore.getState().sessions).toEqual({}))
    await waitFor(async () => expect(await databaseNames()).toEqual([]))
  })

  it('sends a participant to the page that says so when the server closes their sockets with 4404', async () => {
    const anna: Session = { ...facilitator, token: 'tok-anna', participant: makeParticipant() }
    useSessionStore.getState().saveSession(anna)
    await openDatabase(localDocName('w-1', 'board'))
    await openDatabase('unrelated-db')
    stubApi({ 'GET /api/workshops/w-1': { body: { workshop: anna.workshop, joinCode: 'ACDEFG' } } })
    const { router } = renderAt('/w/w-1')
    await screen.findByRole('button', { name: 'Add measure' })
    expect(screen.queryByRole('button', { name: 'Delete workshop' })).toBeNull()
    act(() =>
      useConnectionStore
        .getState()
        .setFinalClose({ doc: 'board', code: 4404, reason: 'Workshop deleted' }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/gone'))
    expect(screen.getByRole('status')).toHaveTextContent(
      'The facilitator deleted this workshop with everything in it. Its copy on this device has been removed too.',
    )
    await waitFor(async () => expect(await databaseNames()).toEqual(['unrelated-db']))
    expect(useSessionStore.getState().sessions).toEqual({})
  })

  it('does the same when the API says the workshop is not found', async () => {
    useSessionStore.getState().saveSession(facilitator)
    stubApi({
      'GET /api/workshops/w-1': {
        status: 404,
        body: { error: { code: 'WORKSHOP_NOT_FOUND', message: 'gone' } },
      },
    })
    const { router } = renderAt('/w/w-1')
    await waitFor(() => expect(router.state.location.pathname).toBe('/gone'))
  })
})

describe('[P23][G2] erasing a person', () => {
  function renderPeople(ledger: Y.Doc) {
    return render(
      <PeoplePanel
        api={{ workshopId: 'w-1', token: 'tok' }}
        meId="p-frida"
        joinLocked={false}
        ledger={ledger}
        board={new Y.Doc()}
      />,
    )
  }

  it('asks first, then erases through the API; an erased person is listed by their former name', async () => {
    const ledger = new Y.Doc()
    registerParticipant(ledger, facilitator.participant)
    registerParticipant(ledger, makeParticipant({ joinedAt: '2026-03-03T18:05:00.000Z' }))
    const calls = stubApi({
      'POST /api/workshops/w-1/participants/p-anna/erase': {
        body: { participant: makeParticipant() },
      },
    })
    renderPeople(ledger)
    expect(screen.queryByRole('button', { name: 'Erase this person: Frida' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Erase this person: Anna' }))
    const dialog = screen.getByRole('dialog', { name: 'Erase Anna?' })
    expect(dialog).toHaveTextContent(
      'Their comments are deleted; their proposals stay, without their name.',
    )
    expect(calls).toEqual([])
    await userEvent.click(within(dialog).getByRole('button', { name: 'Erase Anna' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(calls).toEqual([{ method: 'POST', url: '/api/workshops/w-1/participants/p-anna/erase' }])

    // The server's change arrives through the ledger.
    act(() => {
      markParticipantErased(ledger, 'p-anna', { formerName: 'Former participant 2', by: 'p-frida' })
    })
    const removed = await screen.findByRole('heading', { name: /Removed/ })
    const list = removed.nextElementSibling as HTMLElement
    expect(list).toHaveTextContent(/Former participant 2.*erased/)
    expect(within(list).queryByRole('button', { name: /Erase/ })).toBeNull()
  })

  it('says so when the last facilitator would be erased', async () => {
    const ledger = new Y.Doc()
    registerParticipant(ledger, facilitator.participant)
    registerParticipant(
      ledger,
      makeParticipant({ id: 'p-co', displayName: 'Cora', role: 'facilitator' }),
    )
    stubApi({
      'POST /api/workshops/w-1/participants/p-co/erase': {
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED', message: 'last' } },
      },
    })
    renderPeople(ledger)
    await userEvent.click(screen.getByRole('button', { name: 'Erase this person: Cora' }))
    await userEvent.click(screen.getByRole('button', { name: 'Erase Cora' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The last facilitator cannot be erased',
    )
  })
})

describe('[G6] leave and remove this device’s data', () => {
  it('is on every screen, asks first, then leaves no session, localStorage or IndexedDB behind', async () => {
    useSessionStore.getState().saveSession(facilitator)
    useUiStore.getState().chooseLanguage('en')
    localStorage.setItem('pactboard:recovery', '{"x":1}')
    await openDatabase(localDocName('w-1', 'board'))
    await openDatabase(localDocName('w-other', 'ledger'))
    stubApi({
      'GET /api/workshops/w-1': { body: { workshop: facilitator.workshop, joinCode: 'ACDEFG' } },
    })
    for (const path of ['/', '/join']) {
      const { unmount } = renderAt(path)
      expect(
        screen.getByRole('button', { name: "Leave and remove this device's data" }),
      ).toBeInTheDocument()
      unmount()
    }
    const { router } = renderAt('/w/w-1')
    await screen.findByRole('button', { name: 'Add measure' })
    expect(localStorage.getItem('pactboard:sessions')).toContain('tok-frida')

    await userEvent.click(
      screen.getByRole('button', { name: "Leave and remove this device's data" }),
    )
    const dialog = screen.getByRole('dialog', { name: "Remove this device's data?" })
    await userEvent.click(within(dialog).getByRole('button', { name: "Remove this device's data" }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/left'))
    expect(
      await screen.findByRole('heading', { name: 'This device holds no Pactboard data' }),
    ).toBeInTheDocument()
    expect(useSessionStore.getState().sessions).toEqual({})
    expect(localStorage.length).toBe(0)
    expect(await databaseNames()).toEqual([])
  })
})

describe('[G6] a link to the leaving page', () => {
  it('asks before removing anything: a link must not wipe a phone', async () => {
    useSessionStore.getState().saveSession(facilitator)
    renderAt('/left')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      "Remove this device's data?",
    )
    expect(useSessionStore.getState().sessions).not.toEqual({})
    await userEvent.click(screen.getByRole('button', { name: "Remove this device's data" }))
    expect(
      await screen.findByRole('heading', { name: 'This device holds no Pactboard data' }),
    ).toBeInTheDocument()
    expect(useSessionStore.getState().sessions).toEqual({})
  })
})

describe('[G4] exports', () => {
  it('name organisations, not people, and anonymised on request', async () => {
    const calls = stubApi({})
    render(<ExportButtons api={{ workshopId: 'w-1', token: 'tok' }} language="en" />)
    await userEvent.click(screen.getByRole('button', { name: 'Download Markdown' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Anonymised: no names of people' }))
    await userEvent.click(screen.getByRole('button', { name: 'Download Markdown' }))
    expect(calls.map((c) => c.url)).toEqual([
      '/api/workshops/w-1/export?format=md&lang=en&privacy=default',
      '/api/workshops/w-1/export?format=md&lang=en&privacy=anonymised',
    ])
  })
})
