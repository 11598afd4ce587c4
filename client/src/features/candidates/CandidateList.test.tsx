import type { Candidate, CandidateSource } from '@pactboard/shared'
import { makeWorkshop } from '@pactboard/shared/test/fixtures'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiCalls, renderAt } from '../../test/render.tsx'

afterEach(() => {
  vi.unstubAllGlobals()
})

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })

const session = {
  account: {
    id: 'a-1',
    workspaceId: 'ws-1',
    email: 'petra@malmo.se',
    displayName: 'Petra',
    role: 'planner',
    isAdmin: false,
    createdAt: '2026-03-01T00:00:00.000Z',
  },
  workspace: {
    id: 'ws-1',
    name: 'Malmö stad',
    kind: 'city',
    language: 'sv',
    createdAt: '2026-03-01T00:00:00.000Z',
  },
}

const evening = makeWorkshop({ id: 'w-7', title: 'Kvällsmöte', city: 'Malmö' })

const source = (overrides: Partial<CandidateSource>): CandidateSource => ({
  workshopId: 'w-7',
  workshopTitle: 'Kvällsmöte',
  measureId: 'm-1',
  proposedAt: '2026-03-03T18:30:00.000Z',
  dots: 9,
  reactions: { support: 2, love: 0, idea: 1, concern: 0 },
  broughtInAt: '2026-03-10T09:00:00.000Z',
  ...overrides,
})

const candidate = (overrides: Partial<Candidate>): Candidate => ({
  id: 'c-1',
  title: 'Bike lanes downtown',
  description: '',
  fieldOfAction: 'mobility_transport',
  state: { status: 'proposed' },
  createdAt: '2026-03-10T09:00:00.000Z',
  updatedAt: '2026-03-10T09:00:00.000Z',
  sources: [source({})],
  adaptedFrom: null,
  ...overrides,
})

const LIST = [
  candidate({}),
  candidate({
    id: 'c-2',
    title: 'Cycle paths in the centre',
    state: { status: 'merged', mergedInto: 'c-1' },
    sources: [
      source({ workshopId: 'w-8', workshopTitle: 'Frukostmöte', measureId: 'm-2', dots: 5 }),
    ],
  }),
  candidate({
    id: 'c-3',
    title: 'Solar roofs on schools',
    fieldOfAction: 'energy_systems',
    state: { status: 'in_plan' },
    sources: [source({ measureId: 'm-3', dots: 20 })],
  }),
  candidate({
    id: 'c-4',
    title: 'Car-free Sundays',
    state: { status: 'rejected', reason: 'The square is car-free already.' },
    sources: [],
  }),
]

/** The workspace's server, stubbed: each `METHOD path` answers what `routes` says. */
function stubServer(routes: Record<string, (init: RequestInit) => Response> = {}) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const answers: Record<string, (init: RequestInit) => Response> = {
      'GET /api/session': () => json(session),
      'GET /api/workspace/workshops': () =>
        json({ workshops: [{ workshop: evening, joinCode: 'ACDEFG' }] }),
      'GET /api/workspace/candidates': () => json({ candidates: LIST }),
      ...routes,
    }
    const answer = answers[`${init.method ?? 'GET'} ${url}`]
    return answer ? answer(init) : json({ error: { code: 'NOT_FOUND', message: '' } }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

const sent = (fetchMock: ReturnType<typeof stubServer>, method: string, url: string) =>
  apiCalls(fetchMock)
    .filter(([path, init]) => path === url && init.method === method)
    .map(([, init]) => JSON.parse(String(init.body)))

async function showList() {
  renderAt('/workspace')
  return screen.findByRole('list', { name: 'Candidate list' })
}

describe('the workspace’s candidate list', () => {
  it('[W9] lists the candidates with where each was proposed, merged ones inside their survivor', async () => {
    stubServer()
    const list = await showList()
    const items = [...list.children] as HTMLElement[]
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Solar roofs on schools',
      'Bike lanes downtown',
      'Car-free Sundays',
    ])
    const bikes = items[1] as HTMLElement
    expect(bikes).toHaveTextContent('14 dots in all')
    expect(within(bikes).getByRole('list', { name: 'Where it was proposed' })).toHaveTextContent(
      /Proposed at Kvällsmöte.*9 dots · 3 reactions.*Proposed at Frukostmöte.*5 dots/,
    )
    expect(bikes).toHaveTextContent('Merged into this one: “Cycle paths in the centre”')
    expect(items[2]).toHaveTextContent(
      'Reason given to its proposers: The square is car-free already.',
    )
    expect(items[2]).toHaveTextContent('Its workshop was deleted.')
  })

  it('filters by status and by field of action', async () => {
    stubServer()
    const list = await showList()
    await userEvent.selectOptions(screen.getByLabelText('Field of action'), 'energy_systems')
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Solar roofs on schools'])
    await userEvent.selectOptions(screen.getByLabelText('Field of action'), 'all')
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'merged')
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Cycle paths in the centre'])
    expect(list).toHaveTextContent('Merged into “Bike lanes downtown”.')
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'committed')
    expect(await screen.findByText('No candidate matches these filters.')).toBeInTheDocument()
  })

  it('[W10] asks for a reason written for citizens before rejecting, then sends it', async () => {
    const fetchMock = stubServer({
      'PUT /api/workspace/candidates/c-1/status': (init) =>
        json({ candidate: { ...LIST[0], state: JSON.parse(String(init.body)) } }),
    })
    await showList()
    await userEvent.click(
      screen.getByRole('button', { name: 'Change status: Bike lanes downtown' }),
    )
    const dialog = screen.getByRole('dialog', { name: 'Status of “Bike lanes downtown”' })
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Rejected' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save status' }))
    const reason = within(dialog).getByLabelText('Reason, written for citizens')
    expect(reason).toHaveAttribute('aria-invalid', 'true')
    expect(dialog).toHaveTextContent('Write the reason its proposers will read')
    expect(sent(fetchMock, 'PUT', '/api/workspace/candidates/c-1/status')).toEqual([])
    await userEvent.type(reason, 'The tram line covers it.')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save status' }))
    expect(await screen.findByRole('status')).toHaveTextContent(
      '“Bike lanes downtown” is now: Rejected.',
    )
    expect(sent(fetchMock, 'PUT', '/api/workspace/candidates/c-1/status')).toEqual([
      { status: 'rejected', reason: 'The tram line covers it.' },
    ])
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('[W9] merges a candidate into one that is not merged itself', async () => {
    const fetchMock = stubServer({
      'POST /api/workspace/candidates/c-3/merge': () =>
        json({ merged: LIST[2], survivor: LIST[0] }),
    })
    await showList()
    await userEvent.click(screen.getByRole('button', { name: 'Merge: Solar roofs on schools' }))
    const dialog = screen.getByRole('dialog', { name: 'Merge “Solar roofs on schools”' })
    const choices = within(dialog)
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')?.textContent)
    expect(choices).toEqual([
      'Bike lanes downtown (Mobility and transport)',
      'Car-free Sundays (Mobility and transport)',
    ])
    await userEvent.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect(dialog).toHaveTextContent('Choose the candidate that stays.')
    await userEvent.click(within(dialog).getByRole('radio', { name: /Bike lanes downtown/ }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect(await screen.findByRole('status')).toHaveTextContent(
      '“Solar roofs on schools” was merged into “Bike lanes downtown”.',
    )
    expect(sent(fetchMock, 'POST', '/api/workspace/candidates/c-3/merge')).toEqual([
      { into: 'c-1' },
    ])
  })

  it('[W8] brings in the measures a planner picks from a workshop’s board', async () => {
    const fetchMock = stubServer({
      'GET /api/workspace/workshops/w-7/measures': () =>
        json({
          measures: [
            {
              measureId: 'm-1',
              title: 'Bike lanes downtown',
              fieldOfAction: 'mobility_transport',
              proposedAt: '2026-03-03T18:30:00.000Z',
              dots: 9,
              reactions: { support: 2, love: 0, idea: 1, concern: 0 },
              candidateId: 'c-1',
            },
            {
              measureId: 'm-9',
              title: 'Green roofs on bus stops',
              fieldOfAction: 'green_infrastructure_nbs',
              proposedAt: '2026-03-03T19:30:00.000Z',
              dots: 1,
              reactions: { support: 0, love: 0, idea: 0, concern: 0 },
              candidateId: null,
            },
          ],
        }),
      'POST /api/workspace/candidates': () => json({ candidates: [] }),
    })
    await showList()
    await userEvent.click(screen.getByRole('button', { name: 'Bring in from a workshop' }))
    const dialog = screen.getByRole('dialog', { name: 'Bring in from a workshop' })
    const bikes = await within(dialog).findByRole('checkbox', { name: /Bike lanes downtown/ })
    expect(bikes.closest('label')).toHaveTextContent('9 dots · in the list')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bring in' }))
    expect(dialog).toHaveTextContent('Choose at least one measure.')
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Green roofs/ }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bring in' }))
    expect(await screen.findByRole('status')).toHaveTextContent('1 measure brought in.')
    expect(sent(fetchMock, 'POST', '/api/workspace/candidates')).toEqual([
      { workshopId: 'w-7', measureIds: ['m-9'] },
    ])
  })

  it('says what went wrong when a change is refused, in the screen’s words', async () => {
    stubServer({
      'PUT /api/workspace/candidates/c-1/status': () =>
        json({ error: { code: 'CANDIDATE_MERGED', message: 'English for logs' } }, 409),
    })
    await showList()
    await userEvent.click(
      screen.getByRole('button', { name: 'Change status: Bike lanes downtown' }),
    )
    const dialog = screen.getByRole('dialog')
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Discussed' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save status' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This candidate was merged into another: change that one instead.',
    )
  })
})
