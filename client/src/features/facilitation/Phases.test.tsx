import {
  bringEveryoneHere,
  getAgendaState,
  listPhases,
  startTimer,
  timerRemainingMs,
} from '@pactboard/shared'
import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Session, useSessionStore } from '../../app/sessionStore.ts'
import { resetServerClock, useServerClock } from '../../sync/serverClock.ts'
import { renderAt, renderInRouter } from '../../test/render.tsx'
import {
  anna,
  goToPhase,
  jsonResponse,
  makeBoardDocs,
  renderBoard,
  seedCitizenAgenda,
  stubFetch,
} from '../board/boardTestKit.tsx'
import { FacilitationPanel } from './FacilitationPanel.tsx'
import { FollowFacilitator } from './FollowFacilitator.tsx'
import { PhaseBanner } from './PhaseBanner.tsx'
import { PhaseTimer } from './PhaseTimer.tsx'

const MINUTE = 60_000

afterEach(() => {
  vi.useRealTimers()
  resetServerClock()
})

describe('phase banner', () => {
  it('says which phase it is, what is open and why proposing is closed', () => {
    const control = seedCitizenAgenda()
    goToPhase(control, 'vote')
    render(<PhaseBanner control={control} viewerRole="participant" />)
    const banner = screen.getByRole('region', { name: 'Current phase' })
    expect(within(banner).getByRole('heading', { name: 'Vote' })).toBeVisible()
    expect(banner).toHaveTextContent('Phase 4 of 5')
    expect(banner).toHaveTextContent('Open now: voting.')
    expect(banner).toHaveTextContent('Proposals are closed in the Vote phase.')
  })

  it('follows the facilitator live, and says when the agenda has not started', () => {
    const control = seedCitizenAgenda()
    render(<PhaseBanner control={control} viewerRole="participant" />)
    expect(screen.getByRole('region', { name: 'Current phase' })).toHaveTextContent(
      'The agenda has not started yet',
    )
    act(() => goToPhase(control, 'propose'))
    expect(screen.getByRole('heading', { name: 'Propose' })).toBeVisible()
    expect(screen.queryByText(/Proposals are closed/)).toBeNull()
  })

  it('disables "Add measure" with the reason when proposing is closed', () => {
    renderBoard(makeBoardDocs(), anna, {
      proposeClosedReason: 'Proposals are closed in the Vote phase.',
    })
    const add = screen.getByRole('button', { name: 'Add measure' })
    expect(add).toBeDisabled()
    expect(add).toHaveAccessibleDescription('Proposals are closed in the Vote phase.')
  })
})

describe('phase timer', () => {
  it('counts down on the server clock, corrected by the offset, and ends gently', () => {
    vi.useFakeTimers({ now: 1_000_000 })
    // This device is 30 s behind the server.
    useServerClock.setState({ offsetMs: 30_000 })
    const control = seedCitizenAgenda()
    goToPhase(control, 'vote')
    // Started on the server 9 minutes ago (server time), 10 minutes long.
    startTimer(control, 1_000_000 + 30_000 - 9 * MINUTE)
    render(<PhaseTimer timer={getAgendaState(control).timer} />)
    const timer = screen.getByRole('timer', { name: 'Time left in this phase (running)' })
    expect(timer).toHaveTextContent('1:00')
    act(() => vi.advanceTimersByTime(45_000))
    expect(timer).toHaveTextContent('0:15')
    expect(screen.queryByText('Time is up')).toBeNull()
    act(() => vi.advanceTimersByTime(20_000))
    expect(timer).toHaveTextContent('0:00')
    expect(timer).toHaveClass('phase-timer__time--done')
    expect(screen.getByText('Time is up')).toHaveAttribute('aria-live', 'polite')
  })
})

describe('facilitation panel', () => {
  it('runs the agenda and the timer by writing the control doc', async () => {
    vi.useFakeTimers({ now: 5_000_000, shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    const control = seedCitizenAgenda()
    render(<FacilitationPanel control={control} view="board" />)
    expect(screen.getByRole('button', { name: 'Previous phase' })).toBeDisabled()

    await user.click(screen.getByRole('button', { name: 'Start the agenda' }))
    expect(getAgendaState(control).currentPhase?.title).toBe('Welcome')
    await user.click(screen.getByRole('button', { name: 'Next phase' }))
    expect(getAgendaState(control).currentPhase?.title).toBe('Propose')
    const agenda = screen.getByRole('list', { name: 'Agenda' })
    expect(within(agenda).getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'step')

    await user.click(screen.getByRole('button', { name: 'Start timer' }))
    expect(getAgendaState(control).timer.state).toBe('running')
    await user.click(screen.getByRole('button', { name: 'Pause timer' }))
    await user.click(screen.getByRole('button', { name: 'Add 1 minute' }))
    const { timer } = getAgendaState(control)
    expect(timer.state).toBe('paused')
    expect(timerRemainingMs(timer, 0)).toBeGreaterThan(20 * MINUTE)
    await user.click(screen.getByRole('button', { name: 'Reset timer' }))
    expect(getAgendaState(control).timer.remainingMs).toBe(20 * MINUTE)

    await user.click(screen.getByRole('button', { name: 'Move Vote up' }))
    await user.click(screen.getByRole('button', { name: 'Skip the Discuss phase' }))
    expect(listPhases(control).map((p) => [p.title, p.skipped])).toEqual([
      ['Welcome', false],
      ['Propose', false],
      ['Vote', false],
      ['Discuss', true],
      ['Results', false],
    ])

    await user.click(screen.getByRole('button', { name: 'Edit the Results phase' }))
    await user.clear(screen.getByLabelText('Phase name'))
    await user.type(screen.getByLabelText('Phase name'), 'Harvest')
    await user.clear(screen.getByLabelText('Duration (minutes)'))
    await user.type(screen.getByLabelText('Duration (minutes)'), '7')
    await user.click(screen.getByRole('button', { name: 'Save phase' }))
    expect(listPhases(control).at(-1)).toMatchObject({ title: 'Harvest', durationMin: 7 })

    await user.type(screen.getByLabelText('New phase'), 'Coffee')
    await user.click(screen.getByRole('button', { name: 'Add phase' }))
    expect(listPhases(control).at(-1)?.title).toBe('Coffee')

    await user.click(screen.getByRole('button', { name: 'Bring everyone here' }))
    await user.click(screen.getByRole('button', { name: 'Bring everyone here' }))
    expect(getAgendaState(control).follow).toEqual({ view: 'board', sequence: 2 })
  })
})

describe('following the facilitator', () => {
  it('goes where the facilitator brings everyone, back on request, and can stay put', async () => {
    const control = seedCitizenAgenda()
    const { router } = renderInRouter(
      <FollowFacilitator control={control} provider={null} workshopId="w-1" />,
    )
    await act(() => router.navigate('/w-1/somewhere'))
    act(() => {
      bringEveryoneHere(control, { view: 'plan' })
    })
    expect(router.state.location.pathname).toBe('/w/w-1/plan')
    expect(screen.getByText('The facilitator brought everyone here.')).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: 'Back to where I was' }))
    expect(router.state.location.pathname).toBe('/w-1/somewhere')

    await userEvent.click(screen.getByRole('button', { name: 'Stay here' }))
    act(() => {
      bringEveryoneHere(control, { view: 'present' })
    })
    expect(router.state.location.pathname).toBe('/w-1/somewhere')
    await userEvent.click(screen.getByRole('button', { name: 'Follow the facilitator again' }))
    expect(router.state.location.pathname).toBe('/w/w-1/present')
  })
})

describe('on the workshop screen', () => {
  const sessionAs = (role: 'facilitator' | 'participant'): Session => ({
    token: 'tok',
    joinCode: 'ACDEFG',
    participant: makeParticipant({ id: `p-${role}`, role }),
    workshop: makeWorkshop(),
  })
  const open = async (role: 'facilitator' | 'participant') => {
    const session = sessionAs(role)
    stubFetch((url) =>
      url.endsWith('/api/time')
        ? jsonResponse(200, { serverNowMs: Date.now() })
        : jsonResponse(200, { workshop: session.workshop, joinCode: 'ACDEFG' }),
    )
    useSessionStore.getState().saveSession(session)
    renderAt('/w/w-1')
    await screen.findByRole('region', { name: 'Current phase' })
  }
  afterEach(() => vi.unstubAllGlobals())

  it('gives the facilitator the Facilitation panel', async () => {
    await open('facilitator')
    // the console is fetched when it is first shown
    expect(await screen.findByText('Facilitation')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Start the agenda' })).toBeVisible()
  })

  it('shows a participant the phase, without the controls', async () => {
    await open('participant')
    expect(screen.queryByText('Facilitation')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Start the agenda' })).toBeNull()
  })
})
