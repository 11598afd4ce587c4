import type * as Y from 'yjs'

/**
 * The `control` doc: what the facilitator steers. Layout: one Y.Map `control` with the keys of
 * `ControlState`. Later phases, timer and reveal state join here.
 */
export interface ControlState {
  /** Id of the current agenda phase, or null before the workshop starts. */
  phase: string | null
  /** While true, only facilitators and planners write the board. */
  boardLocked: boolean
}

function controlMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('control')
}

export function getControlState(doc: Y.Doc): ControlState {
  const map = controlMap(doc)
  const phase = map.get('phase')
  return {
    phase: typeof phase === 'string' ? phase : null,
    boardLocked: map.get('boardLocked') === true,
  }
}

export function setPhase(doc: Y.Doc, phase: string | null): void {
  controlMap(doc).set('phase', phase)
}

export function setBoardLocked(doc: Y.Doc, locked: boolean): void {
  controlMap(doc).set('boardLocked', locked)
}

export function observeControl(doc: Y.Doc, onChange: (state: ControlState) => void): () => void {
  const map = controlMap(doc)
  const handler = () => onChange(getControlState(doc))
  map.observe(handler)
  return () => map.unobserve(handler)
}
