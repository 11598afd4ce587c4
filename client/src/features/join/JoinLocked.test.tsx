import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderAt } from '../../test/render.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('joining while the facilitator has closed joining', () => {
  it('says so plainly and points to an invite link', async () => {
    const body = { error: { code: 'JOIN_LOCKED', message: 'The facilitator has closed joining' } }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status: 403 })),
    )
    renderAt('/join/ACDEFG')
    await userEvent.type(screen.getByLabelText('Display name'), 'Lars')
    await userEvent.click(screen.getByRole('button', { name: 'Join' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The facilitator has closed joining. Ask them for an invite link.',
    )
  })
})
