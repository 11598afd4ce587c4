import { can, isWorkspacePlan, workshopLanguages } from '@pactboard/shared'
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react'
import { NavLink, Outlet, useLocation, useMatch, useNavigate } from '../../app/router.tsx'
import type { Session } from '../../app/sessionStore.ts'
import { useOfferLanguages } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import {
  type SessionEnd,
  selectConnectionState,
  sessionEndOf,
  useConnectionStore,
} from '../../sync/connectionStore.ts'
import { useWorkshopDocs } from '../../sync/useWorkshopDocs.ts'
import { lazyNamed } from '../../ui/lazyNamed.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { viewOfPath } from '../facilitation/followPath.ts'
import { PhaseArea } from '../facilitation/PhaseArea.tsx'
import type { JoinLocationState } from '../join/JoinPage.tsx'
import { useCompactAfterErasure } from '../privacy/useCompactAfterErasure.ts'
import { GONE_PATH, type GoneLocationState } from '../privacy/WorkshopGonePage.tsx'
import { useStaffTokenRenewal } from '../workspace/useStaffTokenRenewal.ts'
import { ClosedNotice } from './ClosedNotice.tsx'
import { LiveAnnouncer } from './LiveAnnouncer.tsx'
import { RecoveryNotice } from './RecoveryNotice.tsx'
import { useSessionCheck } from './useSessionCheck.ts'
import { WorkshopHeader } from './WorkshopHeader.tsx'
import type { WorkshopOutletContext } from './workshopOutlet.ts'

// What only a facilitator uses, or only a keyboard reaches, is fetched when it is first shown: a
// participant's phone never downloads the console, the shortcuts or the deletion.
const FacilitatorConsole = lazyNamed(() => import('./FacilitatorConsole.tsx'), 'FacilitatorConsole')
const WorkshopShortcuts = lazyNamed(() => import('./WorkshopShortcuts.tsx'), 'WorkshopShortcuts')
const ShortcutsDialog = lazyNamed(() => import('./ShortcutsDialog.tsx'), 'ShortcutsDialog')
const DeleteWorkshopPanel = lazyNamed(
  () => import('../privacy/DeleteWorkshopPanel.tsx'),
  'DeleteWorkshopPanel',
)

/** Keeps `--workshop-top` on the page: the height of the sticky header, which the console clears. */
function useStickyHeight(element: HTMLElement | null, page: HTMLElement | null) {
  useLayoutEffect(() => {
    if (!element || !page || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() =>
      page.style.setProperty('--workshop-top', `${element.offsetHeight}px`),
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, page])
}

/**
 * The live workshop: a compact header (the workshop, its join code, who is here, the connection)
 * and the phase with its timer stay in view; below them the board, plan or presentation, and for
 * the facilitator their console beside it.
 */
export function WorkshopScreen({ session }: { session: Session }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { workshop, participant: me, token, joinCode } = session
  // [W25] A workspace's plan: its staff open it from their session; it runs no agenda.
  const planRoom = isWorkspacePlan(workshop.id)
  useOfferLanguages(workshopLanguages(workshop))
  const finalClose = useConnectionStore((s) => s.finalClose)
  const writeRefused = useConnectionStore((s) => s.writeRefused)
  const connection = useConnectionStore(selectConnectionState)
  // On the projector the presentation shows the title, the people and the join code itself,
  // large; the header and the join panel would only repeat them, small.
  const presenting = useMatch('/w/:workshopId/present') !== null
  const planning = useMatch('/w/:workshopId/plan') !== null
  const following = useMatch('/w/:workshopId/proposals') !== null
  const docs = useWorkshopDocs({
    workshopId: workshop.id,
    token,
    participant: me,
    planWanted: planning || presenting,
  })
  useStaffTokenRenewal(session)
  useCompactAfterErasure(docs)
  usePageTitle(
    workshop.title,
    t(
      presenting
        ? 'workshop.presentTab'
        : planning
          ? 'workshop.planTab'
          : following
            ? 'board.myProposals'
            : 'workshop.boardTab',
    ),
  )
  const location = useLocation()
  const facilitating = can(me.role, 'writeControl')
  const [page, setPage] = useState<HTMLElement | null>(null)
  const [top, setTop] = useState<HTMLDivElement | null>(null)
  useStickyHeight(top, page)
  const [helpOpen, setHelpOpen] = useState(false)
  // The shortcuts are fetched once the docs are online, so they never hold up the board's first
  // sockets on a phone on a slow network (where a browser opens six connections at a time).
  const [keysWanted, setKeysWanted] = useState(false)
  useEffect(() => {
    if (connection === 'online') setKeysWanted(true)
  }, [connection])
  const [announcement, setAnnouncement] = useState('')
  const api = useMemo(() => ({ workshopId: workshop.id, token }), [workshop.id, token])

  const leave = useCallback(
    (why: SessionEnd) => {
      if (why === 'workshopDeleted') {
        const state: GoneLocationState = {
          workshopId: workshop.id,
          title: workshop.title,
          byMe: false,
        }
        navigate(GONE_PATH, { replace: true, state })
        return
      }
      const state: JoinLocationState = { notice: why }
      navigate(`/join/${joinCode}`, { replace: true, state })
    },
    [navigate, joinCode, workshop.id, workshop.title],
  )
  useSessionCheck(session, leave)
  const sessionEnd = sessionEndOf(finalClose)
  useEffect(() => {
    if (sessionEnd) leave(sessionEnd)
  }, [sessionEnd, leave])

  const tabs = (
    <nav className="tabs" aria-label={t('workshop.views')}>
      <NavLink to={`/w/${workshop.id}`} end className="tabs__link">
        {t('workshop.boardTab')}
      </NavLink>
      <NavLink to={`/w/${workshop.id}/plan`} className="tabs__link">
        {t('workshop.planTab')}
      </NavLink>
      <NavLink to={`/w/${workshop.id}/present`} className="tabs__link">
        {t('workshop.presentTab')}
      </NavLink>
    </nav>
  )

  return (
    <main
      ref={setPage}
      className={presenting ? 'page page--present' : 'page page--workshop'}
      id="main"
    >
      {presenting ? (
        tabs
      ) : (
        <div className="workshop-top" ref={setTop}>
          <WorkshopHeader
            workshop={workshop}
            me={me}
            joinCode={planRoom ? null : joinCode}
            awareness={docs?.board.provider.awareness ?? null}
          />
          {tabs}
          {docs && !planRoom ? <PhaseArea docs={docs} session={session} /> : null}
        </div>
      )}
      {finalClose && !sessionEnd ? <ClosedNotice close={finalClose} /> : null}
      {!finalClose && (connection === 'offline' || connection === 'reconnecting') ? (
        <p className="notice notice--warning">{t('connection.keptLocally')}</p>
      ) : null}
      {writeRefused ? (
        <div role="alert" className="notice notice--warning">
          <p>{t('connection.writeRefused')}</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => useConnectionStore.getState().setWriteRefused(null)}
          >
            {t('common.dismiss')}
          </button>
        </div>
      ) : null}
      {docs && !presenting ? (
        <RecoveryNotice board={docs.board.doc} control={docs.control.doc} me={me} />
      ) : null}
      {docs ? <LiveAnnouncer docs={docs} me={me.id} /> : null}
      {presenting && docs ? <PhaseArea docs={docs} session={session} /> : null}
      {docs ? (
        <div
          className={
            facilitating && !presenting ? 'workshop-body workshop-body--console' : 'workshop-body'
          }
        >
          <div className="workshop-body__main">
            <Outlet context={{ docs, session, api } satisfies WorkshopOutletContext} />
          </div>
          {facilitating && !presenting ? (
            <Suspense fallback={null}>
              <FacilitatorConsole
                docs={{ board: docs.board.doc, ledger: docs.ledger.doc, control: docs.control.doc }}
                api={api}
                session={session}
                view={viewOfPath(location.pathname)}
                onShortcuts={() => setHelpOpen(true)}
              />
            </Suspense>
          ) : null}
          {keysWanted ? (
            <Suspense fallback={null}>
              <WorkshopShortcuts
                docs={docs}
                api={api}
                facilitating={facilitating}
                view={viewOfPath(location.pathname)}
                onHelp={() => setHelpOpen(true)}
                announce={setAnnouncement}
              />
            </Suspense>
          ) : null}
        </div>
      ) : (
        <p className="board__empty">{t('connection.connecting')}</p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {helpOpen ? (
        <Suspense fallback={null}>
          <ShortcutsDialog facilitating={facilitating} onClose={() => setHelpOpen(false)} />
        </Suspense>
      ) : null}
      {/* Last on the page: rarely wanted, and never by a slip of the thumb. */}
      {!presenting && can(me.role, 'deleteWorkshop') ? (
        <Suspense fallback={null}>
          <DeleteWorkshopPanel workshop={workshop} api={api} />
        </Suspense>
      ) : null}
    </main>
  )
}
