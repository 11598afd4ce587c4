import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { defaultPhaseTitle } from '../domain/agendaTemplates.ts'
import { NOT_STARTED_ALLOWS } from '../domain/phase.ts'
import {
  addPhase,
  addTime,
  bringEveryoneHere,
  currentAllows,
  editPhase,
  getAgendaState,
  listPhases,
  movePhase,
  nextPhaseId,
  pauseTimer,
  previousPhaseId,
  resetTimer,
  seedAgenda,
  setBoardLocked,
  setCurrentPhase,
  skipPhase,
  startTimer,
} from './control.ts'
import { timerRemainingMs } from './timer.ts'

const MINUTE = 60_000

function seeded(template: Parameters<typeof seedAgenda>[1] = 'citizen_workshop', language = 'en') {
  const doc = new Y.Doc()
  seedAgenda(doc, template, language as 'en' | 'sv')
  return doc
}

const titles = (doc: Y.Doc) => listPhases(doc).map((p) => p.title)

describe('control doc: the agenda', () => {
  it('seeds each template as data, in the workshop language', () => {
    expect(titles(seeded('citizen_workshop'))).toEqual([
      'Welcome',
      'Propose',
      'Discuss',
      'Vote',
      'Results',
    ])
    expect(titles(seeded('business_breakfast', 'sv'))).toEqual([
      'Förslag',
      'Bearbetning',
      'Åtaganden',
    ])
    expect(listPhases(seeded('planner_sprint')).map((p) => p.kind)).toEqual([
      'consolidate',
      'prioritise',
      'draft',
    ])
  })

  it('seeds once: a second seeding changes nothing', () => {
    const doc = seeded()
    const before = Y.encodeStateVector(doc)
    expect(seedAgenda(doc, 'planner_sprint', 'sv')).toBe(false)
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('gives each phase sensible permissions: proposing in Propose, only voting in Vote', () => {
    const [welcome, propose, discuss, vote] = listPhases(seeded())
    expect(welcome?.allows.propose).toBe(false)
    expect(propose?.allows).toMatchObject({ propose: true, comment: true, vote: false })
    expect(discuss?.allows).toMatchObject({ propose: false, comment: true })
    expect(vote?.allows).toEqual({
      propose: false,
      editOwn: false,
      comment: false,
      react: false,
      vote: true,
      commit: false,
    })
  })

  it('is open as before until the agenda starts; then the current phase decides', () => {
    const doc = seeded()
    expect(getAgendaState(doc).currentPhase).toBeNull()
    expect(currentAllows(doc)).toEqual(NOT_STARTED_ALLOWS)
    const vote = listPhases(doc)[3]!
    setCurrentPhase(doc, vote.id)
    expect(currentAllows(doc)).toEqual(vote.allows)
  })

  it('a board lock closes every board action whatever the phase allows', () => {
    const doc = seeded()
    setCurrentPhase(doc, listPhases(doc)[1]!.id)
    setBoardLocked(doc, true)
    expect(currentAllows(doc)).toMatchObject({ propose: false, editOwn: false, react: false })
  })

  it('steps to the next and previous phase, passing over skipped ones', () => {
    const doc = seeded()
    const [welcome, propose, discuss] = listPhases(doc)
    expect(nextPhaseId(getAgendaState(doc))).toBe(welcome!.id)
    setCurrentPhase(doc, welcome!.id)
    skipPhase(doc, propose!.id)
    expect(nextPhaseId(getAgendaState(doc))).toBe(discuss!.id)
    setCurrentPhase(doc, discuss!.id)
    expect(previousPhaseId(getAgendaState(doc))).toBe(welcome!.id)
    skipPhase(doc, propose!.id, false)
    expect(previousPhaseId(getAgendaState(doc))).toBe(propose!.id)
  })

  it('edits, reorders and adds phases', () => {
    const doc = seeded('business_breakfast')
    const [propose, refine] = listPhases(doc)
    editPhase(doc, refine!.id, { title: 'Sharpen', durationMin: 5 })
    movePhase(doc, refine!.id, -1)
    expect(titles(doc)).toEqual(['Sharpen', 'Propose', 'Commit'])
    movePhase(doc, refine!.id, -1)
    expect(titles(doc)).toEqual(['Sharpen', 'Propose', 'Commit'])
    addPhase(doc, { title: 'Coffee', durationMin: 10 }, propose!.id)
    addPhase(doc, { title: 'Wrap up', durationMin: 5, kind: 'results' })
    expect(titles(doc)).toEqual(['Sharpen', 'Propose', 'Coffee', 'Commit', 'Wrap up'])
    expect(listPhases(doc)[4]?.allows.propose).toBe(false)
    expect(() => editPhase(doc, 'nope', { title: 'x' })).toThrow()
    expect(() => editPhase(doc, propose!.id, { title: '' })).toThrow()
  })

  it('leaves out a malformed phase instead of trusting it', () => {
    const doc = seeded()
    doc.getMap('phases').set('forged', { id: 'forged', title: 42 })
    expect(listPhases(doc)).toHaveLength(5)
  })
})

describe('control doc: the timer', () => {
  it('resets to the phase duration when the phase changes, and runs on server time', () => {
    const doc = seeded()
    const propose = listPhases(doc)[1]!
    setCurrentPhase(doc, propose.id)
    expect(getAgendaState(doc).timer).toMatchObject({ state: 'idle', remainingMs: 20 * MINUTE })
    startTimer(doc, 1_000_000)
    pauseTimer(doc, 1_000_000 + 5 * MINUTE)
    expect(timerRemainingMs(getAgendaState(doc).timer, 0)).toBe(15 * MINUTE)
    addTime(doc, MINUTE, 2_000_000)
    expect(timerRemainingMs(getAgendaState(doc).timer, 0)).toBe(16 * MINUTE)
    resetTimer(doc)
    expect(getAgendaState(doc).timer).toEqual({
      state: 'idle',
      durationMs: 20 * MINUTE,
      startedAtServerMs: null,
      remainingMs: 20 * MINUTE,
    })
  })

  it('follows a new duration while it has not started', () => {
    const doc = seeded()
    const welcome = listPhases(doc)[0]!
    setCurrentPhase(doc, welcome.id)
    editPhase(doc, welcome.id, { durationMin: 3 })
    expect(getAgendaState(doc).timer.remainingMs).toBe(3 * MINUTE)
  })
})

describe('control doc: bring everyone here', () => {
  it('bumps the sequence each time, so the same place can be asked for again', () => {
    const doc = new Y.Doc()
    expect(getAgendaState(doc).follow).toBeNull()
    bringEveryoneHere(doc, { view: 'plan' })
    bringEveryoneHere(doc, { view: 'plan' })
    expect(getAgendaState(doc).follow).toEqual({ view: 'plan', sequence: 2 })
    bringEveryoneHere(doc, { view: 'measure', measureId: 'm1' })
    expect(getAgendaState(doc).follow).toEqual({ view: 'measure', measureId: 'm1', sequence: 3 })
  })
})

describe('phase titles', () => {
  it('exist in English and Swedish for every kind', () => {
    expect(defaultPhaseTitle('vote', 'en')).toBe('Vote')
    expect(defaultPhaseTitle('vote', 'sv')).toBe('Omröstning')
  })
})
