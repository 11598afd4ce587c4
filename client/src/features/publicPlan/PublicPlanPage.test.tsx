import type { PublicPlan, PublicPlanPart } from '@pactboard/shared'
import { buildPlanModel, buildPublicPlan } from '@pactboard/shared/plan'
import { makePlanDocs } from '@pactboard/shared/test/fixtures'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderAt } from '../../test/render.tsx'

// happy-dom has no canvas: the chart's text alternative is what a test can read
vi.mock('echarts/core', () => import('../../test/quietEcharts.ts'))

const SLUG = 'AbCdEfGhIjKlMnOpQrStUv'
const ALL: PublicPlanPart[] = ['text', 'pathway', 'measures', 'investment', 'commitments']

/** The shared fixture's plan (Anna proposed, Umeå Energi committed) as the server would send it. */
function publicPlan(parts: PublicPlanPart[] = ALL, language: 'en' | 'sv' = 'en'): PublicPlan {
  const docs = makePlanDocs({ workshop: { language } })
  const model = buildPlanModel({ ...docs, now: new Date('2026-03-04T08:00:00.000Z') })
  return buildPublicPlan(model, { parts, publishedAt: '2026-03-04T08:00:00.000Z' })
}

function serve(answer: PublicPlan | null) {
  const fetchMock = vi.fn(async (url: string) => {
    if (url === `/api/public/plans/${SLUG}` && answer) {
      return new Response(JSON.stringify(answer), {
        headers: { 'content-type': 'application/json' },
      })
    }
    return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No plan' } }), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the public page of a plan ([G7])', () => {
  it('shows each part the planners chose under its heading, with a title for the tab', async () => {
    const fetchMock = serve(publicPlan())
    renderAt(`/p/${SLUG}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Climate evening' })).toBeVisible()
    expect(fetchMock).toHaveBeenCalledWith(`/api/public/plans/${SLUG}`, expect.anything())
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'The plan',
      'Pathway to the target',
      'Measures in the plan',
      'Investment plan',
      'Commitments',
    ])
    const contents = screen.getByRole('navigation', { name: 'On this page' })
    expect(within(contents).getByRole('link', { name: 'Commitments' })).toHaveAttribute(
      'href',
      '#plan-commitments',
    )
    expect(
      screen.getByRole('heading', { level: 3, name: 'Bus lanes on the ring road' }),
    ).toBeVisible()
    const register = screen.getByRole('table', { name: /Organisations’ commitments/ })
    expect(within(register).getByRole('rowheader', { name: /Umeå Energi/ })).toBeVisible()
    expect(register).toHaveTextContent('We install the panels')
    expect(register).toHaveTextContent('For the measure “Solar roofs on every school”')
    expect(screen.getByRole('table', { name: 'The target and its milestones' })).toBeVisible()
    // the chart's figures in words stand beside it for whoever cannot see it
    expect(screen.getByText('Remaining in 2030')).toBeVisible()
    expect(document.body).not.toHaveTextContent('Anna')
    await waitFor(() => expect(document.title).toBe('Climate evening – Pactboard'))
  })

  it('shows no part the planners left out, and no table of contents for one part', async () => {
    serve(publicPlan(['commitments']))
    renderAt(`/p/${SLUG}`)
    expect(await screen.findByRole('heading', { level: 2, name: 'Commitments' })).toBeVisible()
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1)
    expect(screen.queryByRole('navigation', { name: 'On this page' })).not.toBeInTheDocument()
    expect(screen.queryByText('Bus lanes on the ring road')).not.toBeInTheDocument()
  })

  it('says so when the link was withdrawn or never made', async () => {
    serve(null)
    renderAt(`/p/${SLUG}`)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This plan is not published' }),
    ).toBeVisible()
    await waitFor(() => expect(document.title).toBe('This plan is not published – Pactboard'))
  })

  it('speaks the workshop’s language, not the browser’s', async () => {
    serve(publicPlan(['measures'], 'sv'))
    renderAt(`/p/${SLUG}`)
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Åtgärder i planen' }),
    ).toBeVisible()
    await waitFor(() => expect(document.documentElement.lang).toBe('sv'))
  })
})
