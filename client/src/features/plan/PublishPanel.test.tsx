import type { PublicationResponse } from '@pactboard/shared'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { addPublicationTexts } from '../../i18n/publicationTexts.ts'
import { TEST_API } from '../../test/render.tsx'
import { PublishPanel } from './PublishPanel.tsx'

const NEVER_PUBLISHED: PublicationResponse = {
  published: false,
  parts: ['text', 'pathway', 'measures', 'investment', 'commitments'],
  path: null,
  publishedAt: null,
}
const PATH = '/p/AbCdEfGhIjKlMnOpQrStUv'

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}

/** The server at the fetch boundary: the settings, and each save answered as the server would. */
function mockServer(initial: PublicationResponse = NEVER_PUBLISHED) {
  const saves: unknown[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      expect(url).toBe('/api/workshops/w-test/publication')
      if (init.method !== 'PUT') return json(initial)
      const body = JSON.parse(String(init.body)) as { published: boolean; parts: string[] }
      saves.push(body)
      return json({
        ...body,
        path: body.published ? PATH : null,
        publishedAt: body.published ? '2026-03-04T08:00:00.000Z' : null,
      })
    }),
  )
  return saves
}

// PlanView loads the panel with its texts; rendered alone, the test brings them
beforeAll(() => addPublicationTexts())

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the publishing panel ([P28])', () => {
  it('publishes the parts the planner leaves ticked and shows the link to copy', async () => {
    const saves = mockServer()
    const user = userEvent.setup()
    render(<PublishPanel api={TEST_API} />)
    expect(await screen.findByText('Not published.')).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'The investment plan' }))
    await user.click(screen.getByRole('button', { name: 'Publish' }))
    expect(saves).toEqual([
      { published: true, parts: ['text', 'pathway', 'measures', 'commitments'] },
    ])
    const link = await screen.findByRole('textbox', { name: 'Public link' })
    expect(link).toHaveValue(`${window.location.origin}${PATH}`)
    expect(screen.getByRole('link', { name: 'Open the public page' })).toHaveAttribute('href', PATH)
    expect(screen.getByText('Published: anyone with the link can read the page.')).toBeVisible()
    const writeText = vi.fn(async () => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${PATH}`)
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument()
  })

  it('saves a change of parts on the same link, and unpublishing takes the link away', async () => {
    const saves = mockServer({
      published: true,
      parts: ['text'],
      path: PATH,
      publishedAt: '2026-03-04T08:00:00.000Z',
    })
    const user = userEvent.setup()
    render(<PublishPanel api={TEST_API} />)
    const save = await screen.findByRole('button', { name: 'Save the parts' })
    // nothing changed yet: nothing to save
    expect(save).toBeDisabled()
    await user.click(
      screen.getByRole('checkbox', {
        name: 'The commitments: organisations and what they committed to',
      }),
    )
    await user.click(save)
    expect(saves).toEqual([{ published: true, parts: ['text', 'commitments'] }])
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.')
    await user.click(screen.getByRole('button', { name: 'Unpublish' }))
    expect(saves.at(-1)).toEqual({ published: false, parts: ['text', 'commitments'] })
    expect(await screen.findByText('Not published.')).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: 'Public link' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled()
  })

  it('publishes nothing without a part, and says why', async () => {
    const saves = mockServer({ ...NEVER_PUBLISHED, parts: ['text'] })
    const user = userEvent.setup()
    render(<PublishPanel api={TEST_API} />)
    await user.click(await screen.findByRole('checkbox', { name: 'The plan’s text' }))
    expect(screen.getByText('Choose at least one part to publish.')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled()
    expect(saves).toEqual([])
  })
})
