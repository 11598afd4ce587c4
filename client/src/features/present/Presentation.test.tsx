import {
  addMeasure,
  emptyBaseline,
  type Measure,
  restoreMeasure,
  setPlanFigures,
} from '@pactboard/shared'
import { makeBoardDoc, makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { act, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { frida, makeBoardDocs } from '../board/boardTestKit.tsx'
import { destroyAwarenesses, makeAwareness, renderPresentation } from './presentTestKit.tsx'

// happy-dom has no canvas: what is drawn is the pathway chart test's business, not this one's.
vi.mock('echarts/core', () => import('../../test/quietEcharts.ts'))

afterEach(destroyAwarenesses)

/** Someone's presence on the board doc, as the sync server relays it. */
function arrive(awareness: Awareness, participantId: string, displayName: string) {
  const theirs = makeAwareness(new Y.Doc())
  theirs.setLocalState({ user: { participantId, displayName, role: 'participant' } })
  applyAwarenessUpdate(awareness, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'server')
}

function cut(tCO2ePerYear: number) {
  return {
    tCO2ePerYearBySector: { transport: tCO2ePerYear },
    firstYear: 2022,
    rampUpYears: 0,
    confidence: 'medium' as const,
    method: '',
  }
}

function setup({ figures = true } = {}) {
  const { doc: board } = makeBoardDoc([
    { title: 'Bus lanes', reduction: cut(300) },
    { title: 'Car-free centre', reduction: cut(0) },
  ])
  const plan = new Y.Doc()
  if (figures) {
    const baseline = emptyBaseline(2020)
    baseline.emissionsBySector.transport.scope1TCO2ePerYear = 600
    baseline.emissionsBySector.stationary_energy.scope2TCO2ePerYear = 400
    setPlanFigures(plan, { baseline, target: { targetYear: 2030, reductionPct: 80 } })
  }
  const awareness = makeAwareness(board)
  awareness.setLocalState({
    user: { participantId: frida.id, displayName: frida.displayName, role: frida.role },
  })
  const view = renderPresentation({ ...makeBoardDocs(board), plan }, awareness)
  return { board, plan, awareness, view }
}

/** A figure's whole line, the number and what it counts, found by what it counts. */
function stat(view: HTMLElement, label: string): string | null | undefined {
  return within(view).getByText(label).closest('p')?.textContent
}

describe('presentation', () => {
  it('shows the projector how to join, who is here, the measures and the gap', () => {
    const { view } = setup()
    const inView = within(view)
    expect(inView.getByRole('heading', { level: 1, name: 'Citizens evening' })).toBeVisible()
    expect(inView.getByLabelText('Join code')).toHaveTextContent('ACD-EFG')
    expect(inView.getByRole('img', { name: 'QR code that opens the join page' })).toBeVisible()
    expect(stat(view, 'person here')).toBe('1 person here')
    expect(stat(view, 'measures proposed')).toBe('2 measures proposed')
    // 1000 t, −80 % → 200 t allowed; the 300 t cut leaves 700 t: a gap of 500 t, 50 % of BAU
    expect(view).toHaveTextContent('Gap to the 2030 target: 500 tCO₂e (50 % of BAU)')
    expect(inView.getByRole('img', { name: /^Emissions pathway chart\. In 2030/ })).toBeVisible()
  })

  it('follows the docs live: people arriving, measures proposed and hidden, the gap closing', () => {
    const { board, awareness, view } = setup()
    act(() => arrive(awareness, 'p-anna', 'Anna'))
    act(() => arrive(awareness, 'p-bo', 'Bo'))
    expect(stat(view, 'people here')).toBe('3 people here')

    let added: Measure | null = null
    act(() => {
      added = addMeasure(board, {
        fields: makeMeasureFields({ title: 'Cycle highways', reduction: cut(100) }),
        proposer: { participantId: 'p-anna', actorId: null },
      })
    })
    expect(stat(view, 'measures proposed')).toBe('3 measures proposed')
    expect(view).toHaveTextContent('Gap to the 2030 target: 400 tCO₂e (40 % of BAU)')

    // Hidden by moderation: off the board, so off the count.
    const hidden = { reason: 'Duplicate', byParticipantId: 'p-fac', at: new Date().toISOString() }
    act(() => restoreMeasure(board, { ...added!, hidden }))
    expect(stat(view, 'measures proposed')).toBe('2 measures proposed')
  })

  it('says calmly where the pathway will be before planners enter figures', () => {
    const { plan, view } = setup({ figures: false })
    expect(
      within(view).getByText(
        'The pathway appears here once the planners enter the baseline and the target.',
      ),
    ).toBeVisible()
    const baseline = emptyBaseline(2020)
    baseline.emissionsBySector.transport.scope1TCO2ePerYear = 1000
    act(() => setPlanFigures(plan, { baseline, target: { targetYear: 2030, reductionPct: 50 } }))
    expect(view).toHaveTextContent('Gap to the 2030 target: 200 tCO₂e (20 % of BAU)')
  })

  it('puts the view alone on the screen with "Full screen"', async () => {
    // happy-dom has no Fullscreen API; Chromium's is tried in the e2e run.
    const requested: Element[] = []
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => true })
    HTMLElement.prototype.requestFullscreen = async function (this: HTMLElement) {
      requested.push(this)
    }
    const { view } = setup()
    await userEvent.click(within(view).getByRole('button', { name: 'Full screen' }))
    expect(requested).toEqual([view])
    Reflect.deleteProperty(document, 'fullscreenEnabled')
    Reflect.deleteProperty(HTMLElement.prototype, 'requestFullscreen')
  })
})
