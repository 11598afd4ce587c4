import {
  addMeasure,
  cardsFor,
  hideMeasure,
  listMeasures,
  mergeMeasure,
  readModeration,
  reportMeasure,
} from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ModerationLog } from './ModerationLog.tsx'

const NAMES: Record<string, string> = { 'p-fac': 'Frida', 'p-bo': 'Bo' }

describe('moderation log', () => {
  it('lists every action from the ledger, newest first, with who did it and why, live', () => {
    const board = new Y.Doc()
    const ledger = new Y.Doc()
    const propose = (title: string) =>
      addMeasure(board, {
        fields: makeMeasureFields({ title }),
        proposer: { participantId: 'p-bo', actorId: null },
      }).id
    const rude = propose('Rude card')
    const dup = propose('More bike lanes')
    const keep = propose('Bike lanes')
    reportMeasure(ledger, rude, 'Insults a neighbour', { by: 'p-bo' })
    hideMeasure(ledger, rude, 'Personal attack', { by: 'p-fac' })
    const cards = cardsFor(
      { participantId: 'p-fac', role: 'facilitator' },
      listMeasures(board),
      readModeration(ledger),
      { on: false, shownIds: [] },
    )
    render(<ModerationLog ledger={ledger} cards={cards} nameOf={(id) => NAMES[id] ?? id} />)

    expect(screen.getByText('Moderation log (2)')).toBeInTheDocument()
    act(() => {
      mergeMeasure(ledger, dup, keep, { by: 'p-fac' })
    })
    const entries = within(screen.getByRole('list')).getAllByRole('listitem')
    const withoutTime = (entry: HTMLElement) =>
      entry.textContent?.slice((entry.querySelector('time')?.textContent?.length ?? 0) + 1)
    expect(entries.map(withoutTime)).toEqual([
      'Frida merged “More bike lanes” into “Bike lanes”.',
      'Frida hid “Rude card”: Personal attack',
      'Bo reported “Rude card”: Insults a neighbour',
    ])
  })

  it('shows nothing while nobody has moderated', () => {
    const { container } = render(
      <ModerationLog ledger={new Y.Doc()} cards={[]} nameOf={(id) => id} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
