import {
  addMeasure,
  hideMeasure,
  listPhases,
  registerParticipant,
  seedAgenda,
  setCurrentPhase,
  setPreModeration,
  setResultsRevealed,
  setVote,
  startSilentMode,
  startTimer,
  withdrawMeasure,
} from '@pactboard/shared'
import { makeMeasureFields, makeParticipant } from '@pactboard/shared/test/fixtures'
import { act, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { resetServerClock } from '../../sync/serverClock.ts'
import { Presentation } from './Presentation.tsx'

// happy-dom has no canvas: the chart's option is votesChartOption.test's business.
vi.mock('echarts/core', () => ({
  use: () => {},
  init: () => ({ setOption: () => {}, resize: () => {}, dispose: () => {} }),
}))

const MINUTE = 60_000
const awarenesses: Awareness[] = []

afterEach(() => {
  for (const awareness of awarenesses.splice(0)) awareness.destroy()
  vi.useRealTimers()
  resetServerClock()
})

/** A workshop on the projector: Anna's and Bo's cards, a citizen agenda in `phaseKind`. */
function setup(phaseKind: string | null = 'propose') {
  const board = new Y.Doc()
  const ledger = new Y.Doc()
  const control = new Y.Doc()
  registerParticipant(ledger, makeParticipant({ id: 'p-anna', displayName: 'Anna' }))
  registerParticipant(ledger, makeParticipant({ id: 'p-bo', displayName: 'Bo' }))
  seedAgenda(control, 'citizen_workshop', 'en')
  if (phaseKind) goTo(control, phaseKind)
  let minute = 0
  const propose = (title: string, participantId = 'p-anna') =>
    addMeasure(board, {
      fields: makeMeasureFields({ title }),
      proposer: { participantId, actorId: null },
      now: new Date(Date.UTC(2026, 2, 3, 18, minute++)),
    }).id
  const awareness = new Awareness(board)
  awarenesses.push(awareness)
  const view = () => {
    render(
      <Presentation
        title="Citizens evening"
        city="Umeå"
        joinCode="ACDEFG"
        board={board}
        plan={new Y.Doc()}
        ledger={ledger}
        control={control}
        awareness={awareness}
      />,
    )
    return within(screen.getByRole('region', { name: 'Presentation' }))
  }
  return { board, ledger, control, propose, view }
}

function goTo(control: Y.Doc, kind: string) {
  setCurrentPhase(control, listPhases(control).find((p) => p.kind === kind)!.id)
}

describe('presentation, live', () => {
  it('shows the current phase and its timer, counting down on the server clock', () => {
    vi.useFakeTimers({ now: 2_000_000 })
    const { control, view } = setup('propose')
    const inView = view()
    const phase = within(inView.getByRole('region', { name: 'Current phase' }))
    expect(phase.getByText('Propose')).toBeVisible()
    const timer = phase.getByRole('timer')
    expect(timer).toHaveTextContent('20:00')
    act(() => startTimer(control, 2_000_000 - 5 * MINUTE))
    expect(timer).toHaveTextContent('15:00')
    act(() => vi.advanceTimersByTime(30_000))
    expect(timer).toHaveTextContent('14:30')
    act(() => goTo(control, 'vote'))
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
    const { board, ledger, control, propose, view } = setup('propose')
    const bus = propose('Bus lanes')
    const solar = propose('Solar roofs')
    const trees = propose('Tree planting')
    const inView = view()
    const list = () =>
      within(inView.getByRole('region', { name: 'Latest proposals' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.present-proposal__title')?.textContent)
    expect(list()).toEqual(['Tree planting', 'Solar roofs', 'Bus lanes'])

    let waiting = ''
    act(() => {
      // Pending approval: only its proposer and the facilitators see it.
      setPreModeration(ledger, true, [bus, solar, trees], { by: 'p-frida' })
      waiting = propose('Waiting for approval', 'p-bo')
      // Hidden by moderation, withdrawn by its proposer.
      hideMeasure(ledger, solar, 'Off topic', { by: 'p-frida' })
      withdrawMeasure(board, trees, { participantId: 'p-anna', role: 'participant' })
    })
    expect(list()).toEqual(['Bus lanes'])

    act(() => {
      setPreModeration(ledger, false, [], { by: 'p-frida' })
      startSilentMode(control, [bus, solar, trees, waiting])
      propose('New in silent mode', 'p-bo')
    })
    // Off pre-moderation the waiting card shows; the silent one waits for the reveal.
    expect(list()).toEqual(['Waiting for approval', 'Bus lanes'])
    expect(inView.queryByText('New in silent mode')).toBeNull()
  })

  it('shows the results only once the facilitator reveals them', () => {
    const { ledger, control, propose, view } = setup('vote')
    const bus = propose('Bus lanes')
    const solar = propose('Solar roofs')
    propose('Tree planting')
    setVote(ledger, { participantId: 'p-anna', measureId: solar, count: 3 })
    setVote(ledger, { participantId: 'p-bo', measureId: solar, count: 1 })
    setVote(ledger, { participantId: 'p-bo', measureId: bus, count: 2 })
    const inView = view()
    expect(inView.queryByRole('region', { name: 'Results' })).toBeNull()
    expect(inView.queryByRole('table')).toBeNull()
    expect(inView.queryByText('4 dots')).toBeNull()

    act(() => setResultsRevealed(control, true))
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

    act(() => setResultsRevealed(control, false))
    expect(inView.queryByRole('region', { name: 'Results' })).toBeNull()
  })

  it('says calmly that no dots are cast yet when revealed early', () => {
    const { control, propose, view } = setup('vote')
    propose('Bus lanes')
    setResultsRevealed(control, true)
    expect(view().getByText('No dots cast yet.')).toBeVisible()
  })
})
