import type { BoardCard } from '@pactboard/shared'
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { memo, type ReactNode, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { CardGroup } from './boardQuery.ts'

/**
 * The board's cards, of which only those on screen (and a few rows around) are in the page: a
 * board of 2,000 cards renders the twenty or so one can see. The page itself scrolls (the board
 * is the page), so the list follows the window. Cards sit in rows of as many columns as fit;
 * each row is measured as it renders, since a card grows with its comments.
 */

const MIN_CARD_WIDTH_PX = 300
const GAP_PX = 16
const HEADING_ESTIMATE_PX = 52
const ROW_ESTIMATE_PX = 280

type Row =
  | { kind: 'heading'; key: string; group: CardGroup }
  | { kind: 'cards'; key: string; cards: BoardCard[] }

function rowsOf(groups: readonly CardGroup[], columns: number, headings: boolean): Row[] {
  const rows: Row[] = []
  for (const group of groups) {
    if (headings) rows.push({ kind: 'heading', key: `h:${group.id}`, group })
    for (let start = 0; start < group.cards.length; start += columns) {
      rows.push({
        kind: 'cards',
        key: `c:${group.id}:${start / columns}`,
        cards: group.cards.slice(start, start + columns),
      })
    }
  }
  return rows
}

function useColumns(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    if (!element) return
    setWidth(element.clientWidth)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0))
    observer.observe(element)
    return () => observer.disconnect()
  }, [element])
  return Math.max(1, Math.floor((width + GAP_PX) / (MIN_CARD_WIDTH_PX + GAP_PX)))
}

/**
 * Where the list starts on the page, which the window's scroll position is measured against:
 * read again when the page's size changes (a notice or the filters opening above the list), not
 * on every scroll frame, which would force a layout each time.
 */
function useOffsetTop(element: HTMLElement | null): number {
  const [top, setTop] = useState(0)
  useLayoutEffect(() => {
    if (!element) return
    const measure = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY))
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [element])
  return top
}

interface VirtualCardListProps {
  groups: readonly CardGroup[]
  /** Whether the groups get headings (not when everything is one group). */
  headings: boolean
  renderHeading: (group: CardGroup) => ReactNode
  /**
   * A card as it shows; `light` while a fling brings its row into the page: the card without
   * what can wait a moment (its reactions, discussion and slots), filled in once the page stops.
   */
  renderCard: (card: BoardCard, light: boolean) => ReactNode
  /** A card to bring into view (the spotlight, a link): its row is scrolled to, then it is focused. */
  bringIntoView: string | null
  /** The id of a card's element, to find it once its row is in the page. */
  elementIdOf: (measureId: string) => string
}

export function VirtualCardList(props: VirtualCardListProps) {
  const { groups, headings, renderHeading, renderCard, bringIntoView, elementIdOf } = props
  const [element, setElement] = useState<HTMLDivElement | null>(null)
  const columns = useColumns(element)
  const offsetTop = useOffsetTop(element)
  const rows = useMemo(() => rowsOf(groups, columns, headings), [groups, columns, headings])

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) =>
      rows[index]?.kind === 'heading' ? HEADING_ESTIMATE_PX : ROW_ESTIMATE_PX,
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 3,
    scrollMargin: offsetTop,
    // Scrolling re-renders the list in React's own time, not inside the scroll event.
    useFlushSync: false,
  })

  useBringIntoView(bringIntoView, rows, elementIdOf, (index) =>
    virtualizer.scrollToIndex(index, { align: 'center' }),
  )

  // A row that enters the page while the page scrolls mounts light, and is filled in once the
  // scrolling stops (150 ms without a scroll event): a fling on a slow phone then mounts titles
  // and figures only, frame after frame, rather than every card's reactions and discussion.
  // Rows already filled in stay so while they remain in the page.
  const items = virtualizer.getVirtualItems()
  const scrolling = virtualizer.isScrolling
  const filledIn = useRef(new Set<VirtualItem['key']>())
  const lightKeys = new Set<VirtualItem['key']>()
  if (scrolling) {
    for (const item of items) if (!filledIn.current.has(item.key)) lightKeys.add(item.key)
  }
  useEffect(() => {
    const inPage = new Set(items.map((item) => item.key))
    for (const key of filledIn.current) if (!inPage.has(key)) filledIn.current.delete(key)
    for (const key of inPage) if (!lightKeys.has(key)) filledIn.current.add(key)
  })

  return (
    <div
      ref={setElement}
      className="card-list"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {items.map((item) => {
        const row = rows[item.index]
        if (!row) return null
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={row.kind === 'heading' ? 'card-list__heading' : 'card-list__row'}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
              ...(row.kind === 'cards'
                ? { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }
                : null),
            }}
          >
            <RowContent
              row={row}
              light={lightKeys.has(item.key)}
              renderHeading={renderHeading}
              renderCard={renderCard}
            />
          </div>
        )
      })}
    </div>
  )
}

/**
 * A row's cards, rendered again only when the row or the board changed: scrolling moves the
 * rows (their outer box) without rendering a single card again.
 */
const RowContent = memo(function RowContent({
  row,
  light,
  renderHeading,
  renderCard,
}: {
  row: Row
  light: boolean
  renderHeading: (group: CardGroup) => ReactNode
  renderCard: (card: BoardCard, light: boolean) => ReactNode
}) {
  return row.kind === 'heading'
    ? renderHeading(row.group)
    : row.cards.map((card) => renderCard(card, light))
})

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

const MAX_FRAMES_TO_WAIT = 30

/**
 * Each new target is scrolled to once: its row first, when it is not in the page, then the card
 * itself, centred and focused.
 */
function useBringIntoView(
  target: string | null,
  rows: readonly Row[],
  elementIdOf: (measureId: string) => string,
  scrollToRow: (index: number) => void,
) {
  const index = target
    ? rows.findIndex(
        (row) => row.kind === 'cards' && row.cards.some((c) => c.measure.id === target),
      )
    : -1
  const present = index >= 0
  const latest = useRef({ index, scrollToRow, elementIdOf })
  latest.current = { index, scrollToRow, elementIdOf }

  useEffect(() => {
    if (!target || !present) return
    let frames = 0
    let frame = 0
    const focus = () => {
      const element = document.getElementById(latest.current.elementIdOf(target))
      if (element) {
        element.scrollIntoView?.({
          block: 'center',
          behavior: prefersReducedMotion() ? 'auto' : 'smooth',
        })
        element.focus({ preventScroll: true })
        return
      }
      if (frames === 0) latest.current.scrollToRow(latest.current.index)
      frames += 1
      if (frames < MAX_FRAMES_TO_WAIT) frame = requestAnimationFrame(focus)
    }
    focus()
    return () => cancelAnimationFrame(frame)
  }, [target, present])
}
