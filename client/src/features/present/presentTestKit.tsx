import { render, screen } from '@testing-library/react'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { BoardDocs } from '../../sync/useBoard.ts'
import { Presentation } from './Presentation.tsx'

/**
 * Test kit for the projector view. A test file using it mocks `echarts/core` with
 * `test/quietEcharts.ts` and destroys the awarenesses after each test.
 */

const awarenesses: Awareness[] = []

/** The board doc's presence, as this screen's provider holds it; destroyed by `destroyAwarenesses`. */
export function makeAwareness(doc: Y.Doc): Awareness {
  const awareness = new Awareness(doc)
  awarenesses.push(awareness)
  return awareness
}

/** Stops the awarenesses' timers, so that none outlives its test. */
export function destroyAwarenesses() {
  for (const awareness of awarenesses.splice(0)) awareness.destroy()
}

/** Puts the workshop "Citizens evening" on the projector; its region, to look inside. */
export function renderPresentation(
  docs: BoardDocs & { plan?: Y.Doc },
  awareness = makeAwareness(docs.board),
): HTMLElement {
  render(
    <Presentation
      title="Citizens evening"
      city="Umeå"
      joinCode="ACDEFG"
      board={docs.board}
      plan={docs.plan ?? new Y.Doc()}
      ledger={docs.ledger}
      control={docs.control}
      awareness={awareness}
    />,
  )
  return screen.getByRole('region', { name: 'Presentation' })
}
