import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderAt } from '../../test/render.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function answering(contact: string | null) {
  const fetchMock = vi.fn(async (url: string) =>
    url === '/api/accessibility'
      ? new Response(JSON.stringify({ contact }), {
          headers: { 'content-type': 'application/json' },
        })
      : new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } }),
  )
  vi.stubGlobal('fetch', fetchMock)
}

describe('the accessibility statement', () => {
  it('is linked from every page and says where this deployment takes reports of barriers', async () => {
    answering('tillganglighet@lund.se')
    renderAt('/')
    expect(await screen.findByRole('link', { name: 'Accessibility statement' })).toHaveAttribute(
      'href',
      '/accessibility',
    )
    cleanup()
    renderAt('/accessibility')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }),
    ).toBeInTheDocument()
    expect(await screen.findByText(/tillganglighet@lund\.se/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'What is not accessible' })).toBeInTheDocument()
    expect(document.title).toBe('Accessibility statement – Pactboard')
  })

  it('sends people to their facilitator when the deployment named no contact', async () => {
    answering(null)
    renderAt('/accessibility')
    expect(await screen.findByText(/tell the facilitator of your workshop/)).toBeInTheDocument()
  })
})
