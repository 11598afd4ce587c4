import {
  hideMeasure,
  setPreModeration,
  setPublishedVoteTotals,
  setResultsRevealed,
  startSilentMode,
  startTimer,
  withdrawMeasure,
} from '@pactboard/shared'
import { act, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resetServerClock } from '../../sync/serverClock.ts'
import {
  anna,
  bo,
  frida,
  goToPhase,
  makeBoardDocs,
  propose,
  seedCitizenAgenda,
} from '../board/boardTestKit.tsx'
import { destroyAwarenesses, renderPresentation } from './presentTestKit.tsx'

// happy-dom has no canvas: the chart's option is votesChartOption.test's business.
vi.mock('echarts/core', () => import('../../test/quietEcharts.ts'))

const MINUTE = 60_000

afterEach(() => {
  destroyAwarenesses()
  vi.useRealTimers()
  resetServerClock()
})

/** A workshop on the projector: a citizen agenda in `phaseKind`, or not started yet. */
function setup(phaseKind: string | null = 'propose') {
  const docs = makeBoardDocs()
  seedCitizenAgenda(docs.control)
  if (phaseKind) goToPhase(docs.control, phaseKind)
  return { docs, view: () => within(renderPresentation(docs)) }
}

describe('presentation, live', () => {
  it('shows the current phase and its timer, counting down on the server clock', () => {
    vi.useFakeTimers({ now: 2_000_000 })
    const { docs, view } = setup('propose')
    const inView = view()
    const phase = within(inView.getByRole('region', { name: 'Current phase' }))
    expect(phase.getByText('Propose')).toBeVisible()
    const timer = phase.getByRole('timer')
    expect(timer).toHaveTextContent('20:00')
    act(() => startTimer(docs.control, 2_000_000 - 5 * MINUTE))
    expect(timer).toHaveTextContent('15:00')
    act(() => vi.advanceTimersByTime(30_000))
    expect(timer).toHaveTextContent('14:30')
    act(() => goToPhase(docs.control, 'vote'))
    expect(phase.getByText('Vote')).toBeVisible()
  })

  it('shows no phase before the agenda starts, and the pathway in its place', () => {
    const { view } = setup(null)
    const inView = view()
    expect(inView.queryByRole('region', { name: 'Current phase' })).toBeNull()
    expect(inView.queryByRole('region', { name: 'Latest proposals' })).toBeNull()
    expect(inView.getByRole('heading', { name: 'Emissions pathway' })).toBeVisible()
  })

  it('[P19] lists the newest proposals the whole room may see, and nothing else', () => {
    const { docs, view } = setup('propose')
    const bus = propose(docs, anna, 'Bus lanes')
    const solar = propose(docs, anna, 'Solar roofs')
    const trees = propose(docs, anna, 'Tree planting')
    const inView = view()
    const list = () =>
      within(inView.getByRole('region', { name: 'Latest proposals' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.present-proposal__title')?.textContent)
    expect(list()).toEqual(['Tree planting', 'Solar roofs', 'Bus lanes'])

    let waiting = ''
    act(() => {
      // Pending approval: only its proposer and the facilitators see it.
      setPreModeration(docs.ledger, true, [bus, solar, trees], { by: frida.id })
      waiting = propose(docs, bo, 'Waiting for approval')
      // Hidden by moderation, withdrawn by its proposer.
      hideMeasure(docs.ledger, solar, 'Off topic', { by: frida.id })
      withdrawMeasure(docs.board, trees, { participantId: anna.id, role: 'participant' })
    })
    expect(list()).toEqual(['Bus lanes'])

    act(() => {
      setPreModeration(docs.ledger, false, [], { by: frida.id })
      startSilentMode(docs.control, [bus, solar, trees, waiting])
      propose(docs, bo, 'New in silent mode')
    })
    // Off pre-moderation the waiting card shows; the silent one waits for the reveal.
    expect(list()).toEqual(['Waiting for approval', 'Bus lanes'])
    expect(inView.queryByText('New in silent mode')).toBeNull()
  })

  it('shows the results only once the facilitator reveals them', () => {
    const { docs, view } = setup('vote')
    const bus = propose(docs, anna, 'Bus lanes')
    const solar = propose(docs, anna, 'Solar roofs')
    propose(docs, anna, 'Tree planting')
    const inView = view()
    expect(inView.queryByRole('region', { name: 'Results' })).toBeNull()
    expect(inView.queryByRole('table')).toBeNull()
    expect(inView.queryByText('4 dots')).toBeNull()

    // what the server writes on the reveal: the flag, and the totals without names
    act(() => {
      setResultsRevealed(docs.control, true)
      setPublishedVoteTotals(
        docs.ledger,
        new Map([
          [solar, 4],
          [bus, 2],
        ]),
      )
    })
    const results = within(inView.getByRole('region', { name: 'Results' }))
    const rows = results.getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      '1Solar roofs4 dots',
      '2Bus lanes2 dots',
      '3Tree planting0 dots',
    ])
    expect(results.getByRole('img')).toHaveAccessibleName(
      'Bar chart of dots per card: Solar roofs 4, Bus lanes 2, Tree planting 0',
    )

    act(() => {
      setResultsRevealed(docs.control, false)
      setPublishedVoteTotals(docs.ledger, null)
    })
    expect(inView.queryByRole('region', { name: 'Results' })).toBeNull()
  })

  it('says calmly that no dots are cast yet when revealed early', () => {
    const { docs, view } = setup('vote')
    propose(docs, anna, 'Bus lanes')
    setResultsRevealed(docs.control, true)
    expect(view().getByText('No dots cast yet.')).toBeVisible()
  })
})
