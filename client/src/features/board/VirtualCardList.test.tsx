import { type BoardCard, listMeasures } from '@pactboard/shared'
import { makeBoardDoc } from '@pactboard/shared/test/fixtures'
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VirtualCardList } from './VirtualCardList.tsx'

const ROW_PX = 280

/** Rows ROW_PX high (the test's DOM lays nothing out), the page scrolled where a test says. */
const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('card-list__row') ? ROW_PX : 0
    },
  })
})
afterEach(() => {
  if (offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight)
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true })
})

function cards(count: number): BoardCard[] {
  const { doc } = makeBoardDoc(Array.from({ length: count }, (_, i) => ({ title: `Card ${i}` })))
  return listMeasures(doc).map((measure) => ({ measure, pending: false }))
}

/** Each card says whether it was rendered light or in full. */
function renderList(all: BoardCard[]) {
  render(
    <VirtualCardList
      groups={[{ id: 'all', cards: all }]}
      headings={false}
      renderHeading={() => null}
      renderCard={(card, light) => (
        <p key={card.measure.id}>{`${card.measure.title}: ${light ? 'light' : 'full'}`}</p>
      )}
      bringIntoView={null}
      elementIdOf={(id) => id}
    />,
  )
}

async function scrollTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true })
  await act(async () => {
    window.dispatchEvent(new Event('scroll'))
  })
}

describe('the board’s virtual list', () => {
  it('mounts the rows a fling brings in light, and fills them in once the scrolling stops', async () => {
    const all = cards(40)
    const title = (i: number) => all[i]?.measure.title ?? ''
    renderList(all)
    expect(screen.getByText(`${title(0)}: full`)).toBeInTheDocument()
    expect(screen.queryByText(`${title(30)}: light`)).toBeNull()
    expect(screen.queryByText(`${title(30)}: full`)).toBeNull()

    await scrollTo(30 * ROW_PX)
    expect(screen.getByText(`${title(30)}: light`)).toBeInTheDocument()

    // 150 ms without a scroll event: the scrolling has stopped.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300))
    })
    expect(screen.getByText(`${title(30)}: full`)).toBeInTheDocument()
    expect(screen.queryByText(/: light$/)).toBeNull()
  })

  it('keeps a row filled in while it stays in the page, whatever scrolls', async () => {
    const all = cards(40)
    renderList(all)
    await scrollTo(ROW_PX / 2)
    expect(screen.getByText(`${all[1]?.measure.title}: full`)).toBeInTheDocument()
  })
})
