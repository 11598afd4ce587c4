import type { PlanVersion } from '@pactboard/shared'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Versions } from './Versions.tsx'

const council: PlanVersion = {
  id: 'v-2',
  name: 'Draft for council 3 March',
  createdAt: '2026-03-03T17:30:00.000Z',
  author: { participantId: 'p-per', displayName: 'Per' },
}
const first: PlanVersion = {
  id: 'v-1',
  name: 'First outline',
  createdAt: '2026-02-20T09:00:00.000Z',
  author: { participantId: 'p-frida', displayName: 'Frida' },
}

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}

/** The server at the fetch boundary: a list, a save and a restore. */
function mockServer() {
  const calls: { method: string; url: string; body: unknown }[] = []
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET'
    calls.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : null })
    if (method === 'POST' && url.endsWith('/plan/versions')) return json({ version: council }, 201)
    if (method === 'POST' && url.endsWith('/restore')) {
      return json({ backup: first, restored: council })
    }
    return json({ versions: [council, first] })
  })
  vi.stubGlobal('fetch', fetchMock)
  return calls
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('named versions', () => {
  it('lists the versions newest first with date and author', async () => {
    const calls = mockServer()
    render(<Versions api={{ workshopId: 'w-1', token: 'tok' }} canWrite />)
    const items = within(await screen.findByRole('list', { name: 'Saved versions' })).getAllByRole(
      'listitem',
    )
    expect(items[0]).toHaveTextContent('Draft for council 3 March')
    expect(items[0]).toHaveTextContent('Mar 3, 2026')
    expect(items[0]).toHaveTextContent('by Per')
    expect(items[1]).toHaveTextContent('First outline')
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/workshops/w-1/plan/versions' })
  })

  it('saves a version under its name and asks for a name first', async () => {
    const calls = mockServer()
    render(<Versions api={{ workshopId: 'w-1', token: 'tok' }} canWrite />)
    await userEvent.click(screen.getByRole('button', { name: 'Save version' }))
    expect(screen.getByLabelText('Version name')).toHaveAccessibleDescription(
      /Give the version a name./,
    )

    await userEvent.type(screen.getByLabelText('Version name'), 'Draft for council 3 March')
    await userEvent.click(screen.getByRole('button', { name: 'Save version' }))
    expect(await screen.findByText('Version “Draft for council 3 March” saved.')).toBeVisible()
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Draft for council 3 March',
    })
  })

  it('restores only after a confirmation', async () => {
    const calls = mockServer()
    render(<Versions api={{ workshopId: 'w-1', token: 'tok' }} canWrite />)
    const item = (await screen.findAllByRole('listitem'))[1]!
    await userEvent.click(within(item).getByRole('button', { name: 'Restore' }))
    const dialog = screen.getByRole('dialog', { name: 'Restore “First outline”?' })
    expect(calls.some((c) => c.url.endsWith('/restore'))).toBe(false)

    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore' }))
    expect(await screen.findByText('Version “First outline” restored.')).toBeVisible()
    expect(calls.find((c) => c.url.endsWith('/restore'))?.url).toBe(
      '/api/workshops/w-1/plan/versions/v-1/restore',
    )
  })

  it('lets a reader view but not save or restore', async () => {
    mockServer()
    render(<Versions api={{ workshopId: 'w-1', token: 'tok' }} canWrite={false} />)
    await screen.findByRole('list', { name: 'Saved versions' })
    expect(screen.queryByLabelText('Version name')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: 'View' })).toHaveLength(2)
  })
})
