import { type FollowView, listParticipants, observeParticipants } from '@pactboard/shared'
import {
  ChevronsLeft,
  ChevronsRight,
  Keyboard,
  ListOrdered,
  type LucideIcon,
  ShieldCheck,
  Users,
  Vote,
} from 'lucide-react'
import type { ReactNode } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import type { Session } from '../../app/sessionStore.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { type BoardDocs, isOnBoard, useBoardCards } from '../../sync/useBoard.ts'
import { useOpenReports } from '../../sync/useOpenReports.ts'
import { useY } from '../../sync/useY.ts'
import { OrganisationDirectory } from '../commitments/OrganisationDirectory.tsx'
import { FacilitationPanel } from '../facilitation/FacilitationPanel.tsx'
import { JoinCodePanel } from '../facilitation/JoinCodePanel.tsx'
import { PeoplePanel } from '../facilitation/PeoplePanel.tsx'
import { ModerationPanel } from '../moderation/ModerationPanel.tsx'
import { VotingPanel } from '../voting/VotingPanel.tsx'
import { CONSOLE_TABS, type ConsoleTab, useConsoleStore } from './consoleStore.ts'

interface FacilitatorConsoleProps {
  docs: BoardDocs
  api: ApiCaller
  session: Session
  view: FollowView
  onShortcuts: () => void
}

const ICONS: Record<ConsoleTab, LucideIcon> = {
  agenda: ListOrdered,
  moderation: ShieldCheck,
  voting: Vote,
  people: Users,
}

/** What waits for the facilitator: the queue and the reports, and who joined. */
function useConsoleCounts(docs: BoardDocs) {
  const cards = useBoardCards(docs, { participantId: null, role: 'facilitator' })
  const reports = useOpenReports(docs.ledger)
  const participants = useY(docs.ledger, listParticipants, observeParticipants)
  let queue = 0
  let reported = 0
  for (const { measure, pending } of cards) {
    if (!isOnBoard(measure)) continue
    if (pending && measure.status !== 'withdrawn') queue += 1
    if ((reports.get(measure.id)?.length ?? 0) > 0) reported += 1
  }
  return { cards, queue, reported, people: participants.filter((p) => !p.removed).length }
}

/**
 * The facilitator's side panel beside the board: the agenda and timer, the moderation queue and
 * silent mode, dot voting, the people and the invites, one section at a time. Folded, it is a
 * rail of its sections that still shows what waits (queue, reports, people). The panels are the
 * features' own components, moved here whole.
 */
export function FacilitatorConsole({
  docs,
  api,
  session,
  view,
  onShortcuts,
}: FacilitatorConsoleProps) {
  const { t } = useTranslation()
  const { tab, collapsed, show, toggleCollapsed } = useConsoleStore()
  const counts = useConsoleCounts(docs)
  const me = session.participant
  const { workshop } = session

  const badges: Record<ConsoleTab, ReactNode> = {
    agenda: null,
    moderation: (
      <>
        {counts.queue > 0 ? (
          <span className="count-badge count-badge--queue">
            {t('console.badges.queue', { count: counts.queue })}
          </span>
        ) : null}
        {counts.reported > 0 ? (
          <span className="count-badge count-badge--reports">
            {t('console.badges.reports', { count: counts.reported })}
          </span>
        ) : null}
      </>
    ),
    voting: null,
    people: <span className="count-badge">{counts.people}</span>,
  }

  const panel = (() => {
    switch (tab) {
      case 'agenda':
        return <FacilitationPanel control={docs.control} view={view} />
      case 'moderation':
        return <ModerationPanel cards={counts.cards} docs={docs} me={me} api={api} />
      case 'voting':
        return <VotingPanel cards={counts.cards} docs={docs} me={me} api={api} />
      case 'people':
        return (
          <>
            <JoinCodePanel joinCode={session.joinCode} prominent invites={api} />
            <PeoplePanel
              api={api}
              meId={me.id}
              // Sessions saved before joinLocked existed lack it until the session check refreshes.
              joinLocked={Boolean(workshop.joinLocked)}
              ledger={docs.ledger}
              board={docs.board}
            />
            <OrganisationDirectory board={docs.board} api={api} />
          </>
        )
    }
  })()

  return (
    <aside
      className={collapsed ? 'console console--collapsed' : 'console'}
      aria-label={t('console.label')}
    >
      <div className="console__bar">
        <div className="console__tabs" role="tablist" aria-label={t('console.sections')}>
          {CONSOLE_TABS.map((key) => {
            const Icon = ICONS[key]
            const selected = !collapsed && tab === key
            return (
              <button
                key={key}
                type="button"
                role="tab"
                id={`console-tab-${key}`}
                aria-selected={selected}
                aria-controls={selected ? 'console-panel' : undefined}
                className="console__tab"
                title={t(`console.tabs.${key}`)}
                onClick={() => (selected ? toggleCollapsed() : show(key))}
              >
                <Icon aria-hidden="true" size={18} />
                <span className="console__tab-label">{t(`console.tabs.${key}`)}</span>
                {badges[key]}
              </button>
            )
          })}
        </div>
        <div className="console__tools">
          <button
            type="button"
            className="console__tool"
            title={t('console.shortcuts.open')}
            aria-label={t('console.shortcuts.open')}
            onClick={onShortcuts}
          >
            <Keyboard aria-hidden="true" size={18} />
          </button>
          <button
            type="button"
            className="console__tool"
            aria-expanded={!collapsed}
            aria-label={t(collapsed ? 'console.expand' : 'console.collapse')}
            title={t(collapsed ? 'console.expand' : 'console.collapse')}
            onClick={toggleCollapsed}
          >
            {collapsed ? (
              <ChevronsLeft aria-hidden="true" size={18} />
            ) : (
              <ChevronsRight aria-hidden="true" size={18} />
            )}
          </button>
        </div>
      </div>
      {collapsed ? null : (
        <div
          id="console-panel"
          role="tabpanel"
          aria-labelledby={`console-tab-${tab}`}
          className="console__panel"
        >
          {panel}
        </div>
      )}
    </aside>
  )
}
