import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { WorkshopDocs } from '../../sync/useWorkshopDocs.ts'
import { type Announcement, announcementsBetween, lookAt, type RoomLook } from './announcements.ts'

/** New proposals are told at most this often, counted, so a busy board does not talk over itself. */
const PROPOSALS_EVERY_MS = 5000

/**
 * One polite live region for what others do in the room (announcements.ts): a phase change,
 * results revealed and being brought to a card are told at once; proposals of others are
 * gathered and told as a count. Nothing is told about the state the docs arrive with.
 */
export function LiveAnnouncer({ docs, me }: { docs: WorkshopDocs; me: string }) {
  const { t } = useTranslation()
  const [message, setMessage] = useState('')
  const pendingProposals = useRef(0)

  useEffect(() => {
    const control = docs.control
    const board = docs.board
    let last: RoomLook | null = null
    let flush: ReturnType<typeof setTimeout> | null = null
    const say = (announcement: Announcement) => {
      switch (announcement.kind) {
        case 'phase':
          return setMessage(t('announce.phase', { phase: announcement.title }))
        case 'resultsRevealed':
          return setMessage(t('announce.resultsRevealed'))
        case 'brought':
          return setMessage(t('announce.brought'))
        case 'newProposals':
          pendingProposals.current += announcement.count
          flush ??= setTimeout(() => {
            flush = null
            setMessage(t('announce.newProposals', { count: pendingProposals.current }))
            pendingProposals.current = 0
          }, PROPOSALS_EVERY_MS)
      }
    }
    const look = () => {
      // Until both docs have synced, what arrives is the room as it was: not news.
      if (!control.provider.synced || !board.provider.synced) return
      const now = lookAt(control.doc, board.doc)
      if (last) for (const announcement of announcementsBetween(last, now, me)) say(announcement)
      last = now
    }
    look()
    control.doc.on('update', look)
    board.doc.on('update', look)
    control.provider.on('sync', look)
    board.provider.on('sync', look)
    return () => {
      control.doc.off('update', look)
      board.doc.off('update', look)
      control.provider.off('sync', look)
      board.provider.off('sync', look)
      if (flush) clearTimeout(flush)
    }
  }, [docs, me, t])

  return (
    <p className="visually-hidden" aria-live="polite" data-testid="room-announcer">
      {message}
    </p>
  )
}
