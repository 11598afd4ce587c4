import type { InviteInfo } from '@pactboard/shared'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InviteLinks } from './InviteLinks.tsx'

const inFuture = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString()
const invite = (id: string, overrides: Partial<InviteInfo> = {}): InviteInfo => ({
  id,
  role: 'planner',
  createdAt: '2026-03-03T19:00:00.000Z',
  expiresAt: inFuture,
  createdBy: 'p-1',
  revokedAt: null,
  actorId: null,
  ...overrides,
})

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })

describe('invite links', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('lists the active invites and revokes one', async () => {
    const calls: string[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push(`${init.method} ${url}`)
        if (init.method === 'DELETE') {
          return json({ invite: invite('i-1', { revokedAt: '2026-03-04T08:00:00.000Z' }) })
        }
        return json({
          invites: [
            invite('i-1'),
            invite('i-2', { role: 'observer', revokedAt: '2026-03-03T20:00:00.000Z' }),
            invite('i-3', { expiresAt: '2020-01-01T00:00:00.000Z' }),
          ],
        })
      }),
    )
    render(<InviteLinks api={{ workshopId: 'w-1', token: 't' }} />)
    const active = screen.getByRole('region', { name: 'Active invite links' })
    const revoke = await within(active).findByRole('button', { name: /Revoke the Planner invite/ })
    // revoked and expired invites are not offered
    expect(within(active).getAllByRole('listitem')).toHaveLength(1)
    await userEvent.click(revoke)
    expect(await within(active).findByText('No active invite links.')).toBeInTheDocument()
    expect(calls).toEqual([
      'GET /api/workshops/w-1/invites',
      'DELETE /api/workshops/w-1/invites/i-1',
    ])
  })
})
