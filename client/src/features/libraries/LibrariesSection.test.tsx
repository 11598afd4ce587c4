import type { Candidate, Library, LibraryMeasure } from '@pactboard/shared'
import { makeLibraryFile, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { screen, waitFor, within } from '@testing-library/react'
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
    workspaceId: 'ws-2',
    email: 'bo@lund.se',
    displayName: 'Bo',
    role: 'planner',
    isAdmin: false,
    createdAt: '2026-03-01T00:00:00.000Z',
  },
  workspace: {
    id: 'ws-2',
    name: 'Lunds kommun',
    kind: 'city',
    language: 'sv',
    createdAt: '2026-03-01T00:00:00.000Z',
  },
}

const evening = makeWorkshop({ id: 'w-7', title: 'Kvällsmöte', city: 'Lund' })
const file = makeLibraryFile()

const library: Library = {
  id: 'lib-1',
  origin: file.origin,
  exportedAt: file.exportedAt,
  year: 2026,
  importedAt: '2026-03-12T09:00:00.000Z',
  measureCount: 2,
}

const measures: LibraryMeasure[] = file.measures.map((fields, i) => ({
  id: `lm-${i}`,
  libraryId: 'lib-1',
  fields,
  candidateId: `c-${i}`,
}))

const adapted: Candidate = {
  id: 'c-1',
  title: 'Car-free city centre on Sundays',
  description: '',
  fieldOfAction: 'mobility_transport',
  state: { status: 'proposed' },
  createdAt: '2026-03-12T09:00:00.000Z',
  updatedAt: '2026-03-12T09:00:00.000Z',
  sources: [],
  adaptedFrom: { libraryId: 'lib-1', originName: 'Helsingborgs stad', year: 2026 },
}

/** The workspace's server, stubbed: each `METHOD path` answers what `routes` says. */
function stubServer(routes: Record<string, (init: RequestInit) => Response> = {}) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const answers: Record<string, (init: RequestInit) => Response> = {
      'GET /api/session': () => json(session),
      'GET /api/workspace/workshops': () =>
        json({ workshops: [{ workshop: evening, joinCode: 'ACDEFG' }] }),
      'GET /api/workspace/candidates': () => json({ candidates: [adapted] }),
      'GET /api/workspace/libraries': () => json({ libraries: [library] }),
      'GET /api/workspace/libraries/lib-1/measures': () => json({ library, measures }),
      'GET /api/workspace/libraries/lib-1/measures?field=mobility_transport': () =>
        json({ library, measures: measures.slice(1) }),
      ...routes,
    }
    const answer = answers[`${init.method ?? 'GET'} ${url}`]
    return answer ? answer(init) : json({ error: { code: 'NOT_FOUND', message: '' } }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

async function showLibraries() {
  renderAt('/workspace')
  const section = await screen.findByRole('region', { name: 'Measure libraries' })
  await within(section).findByRole('list', { name: 'Measures of the library' })
  return section
}

describe('measure libraries on the workspace page', () => {
  it('[W17] credits a candidate imported from a library in the list', async () => {
    stubServer()
    renderAt('/workspace')
    const list = await screen.findByRole('list', { name: 'Candidate list' })
    expect(within(list).getByRole('list', { name: 'Where it was proposed' })).toHaveTextContent(
      'Adapted from Helsingborgs stad, 2026',
    )
    expect(list).not.toHaveTextContent('Its workshop was deleted.')
  })

  it('[W18] shows a library’s measures with their figures, filtered by the server', async () => {
    const fetchMock = stubServer()
    const section = await showLibraries()
    const list = within(section).getByRole('list', { name: 'Measures of the library' })
    expect(
      within(list)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Solar roofs on every school', 'Car-free city centre on Sundays'])
    expect(list).toHaveTextContent('1,200 t CO₂e per year')
    expect(list).toHaveTextContent('2026–2030')
    await userEvent.selectOptions(
      within(section).getByLabelText('Field of action'),
      'mobility_transport',
    )
    await waitFor(() =>
      expect(within(section).getAllByRole('heading', { level: 4 })).toHaveLength(1),
    )
    expect(
      apiCalls(fetchMock).some(
        ([url]) => url === '/api/workspace/libraries/lib-1/measures?field=mobility_transport',
      ),
    ).toBe(true)
    expect(within(section).getByText('1 measure shown')).toBeInTheDocument()
  })

  it('shows the answer to the latest filters, whatever order the answers come in', async () => {
    let answerEnergy: (() => void) | undefined
    stubServer({
      // The read for the first filter answers last, with nothing in it.
      'GET /api/workspace/libraries/lib-1/measures?field=energy_systems': () => json(null),
    })
    const realFetch = globalThis.fetch
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
      url.endsWith('field=energy_systems')
        ? new Promise<Response>((resolve) => {
            answerEnergy = () => resolve(json({ library, measures: [] }))
          })
        : realFetch(url, init),
    )
    const section = await showLibraries()
    const field = within(section).getByLabelText('Field of action')
    await userEvent.selectOptions(field, 'energy_systems')
    await userEvent.selectOptions(field, 'mobility_transport')
    await waitFor(() =>
      expect(within(section).getAllByRole('heading', { level: 4 })).toHaveLength(1),
    )
    answerEnergy?.()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(within(section).getAllByRole('heading', { level: 4 })).toHaveLength(1)
    expect(
      within(section).queryByText('No measure of this library matches these filters.'),
    ).toBeNull()
  })

  it('[W17] imports a file as it was read and says what joined the list', async () => {
    const fetchMock = stubServer({
      'POST /api/workspace/libraries': () =>
        json({ library, created: true, candidates: [adapted, adapted] }, 201),
    })
    const section = await showLibraries()
    const text = JSON.stringify(file)
    await userEvent.upload(
      within(section).getByLabelText('Import a library file'),
      new File([text], 'helsingborg.json', { type: 'application/json' }),
    )
    expect(await within(section).findByRole('status')).toHaveTextContent(
      '2 measures from Helsingborgs stad joined the candidate list.',
    )
    const posted = apiCalls(fetchMock).filter(
      ([url, init]) => url === '/api/workspace/libraries' && init.method === 'POST',
    )
    expect(posted.map(([, init]) => init.body)).toEqual([text])
  })

  it('[W15] refuses a file that is not JSON before sending it', async () => {
    const fetchMock = stubServer()
    const section = await showLibraries()
    const input = within(section).getByLabelText('Import a library file')
    await userEvent.upload(
      input,
      new File(['name;votes'], 'people.json', { type: 'application/json' }),
    )
    expect(
      await within(section).findByText('This file is not a library: it is not JSON.'),
    ).toBeInTheDocument()
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(apiCalls(fetchMock).some(([, init]) => init.method === 'POST')).toBe(false)
  })

  it('[W19] copies a measure into the workshop chosen', async () => {
    const fetchMock = stubServer({
      'POST /api/workspace/libraries/lib-1/measures/lm-1/copy': () =>
        json({ workshopId: 'w-7', measureId: 'm-new' }, 201),
    })
    const section = await showLibraries()
    await userEvent.click(
      within(section).getByRole('button', {
        name: 'Copy into a workshop: Car-free city centre on Sundays',
      }),
    )
    const dialog = await screen.findByRole('dialog', {
      name: 'Copy “Car-free city centre on Sundays” into a workshop',
    })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy' }))
    expect(await within(section).findByRole('status')).toHaveTextContent(
      '“Car-free city centre on Sundays” is now on the board of “Kvällsmöte”.',
    )
    const copied = apiCalls(fetchMock).filter(([url]) => url.endsWith('/copy'))
    expect(copied.map(([, init]) => JSON.parse(String(init.body)))).toEqual([{ workshopId: 'w-7' }])
  })

  it('[W16] exports the candidates chosen as a file', async () => {
    const fetchMock = stubServer({
      'POST /api/workspace/library/export': () =>
        new Response(JSON.stringify(file), {
          headers: {
            'content-type': 'application/json',
            'content-disposition': 'attachment; filename="Lunds kommun measure library.json"',
          },
        }),
    })
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL() {} }),
    )
    const section = await showLibraries()
    await userEvent.click(
      within(section).getByRole('button', { name: 'Export measures as a library' }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Export a measure library' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download the library' }))
    expect(within(dialog).getByText('Choose at least one candidate.')).toBeInTheDocument()
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: /Car-free city centre on Sundays/ }),
    )
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download the library' }))
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'A library of 1 measure was downloaded.',
    )
    const exported = apiCalls(fetchMock).filter(([url]) => url === '/api/workspace/library/export')
    expect(exported.map(([, init]) => JSON.parse(String(init.body)))).toEqual([
      { candidateIds: ['c-1'] },
    ])
  })
})
