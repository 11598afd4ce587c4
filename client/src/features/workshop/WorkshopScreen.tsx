import { can, workshopLanguages } from '@pactboard/shared'
import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet, useMatch, useNavigate } from 'react-router-dom'
import type { Session } from '../../app/sessionStore.ts'
import { useOfferLanguages } from '../../i18n/useLanguage.ts'
import {
  type SessionEnd,
  selectConnectionState,
  sessionEndOf,
  useConnectionStore,
} from '../../sync/connectionStore.ts'
import { useWorkshopDocs } from '../../sync/useWorkshopDocs.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { JoinCodePanel } from '../facilitation/JoinCodePanel.tsx'
import { PeoplePanel } from '../facilitation/PeoplePanel.tsx'
import { PhaseArea } from '../facilitation/PhaseArea.tsx'
import type { JoinLocationState } from '../join/JoinPage.tsx'
import { DeleteWorkshopPanel } from '../privacy/DeleteWorkshopPanel.tsx'
import { useCompactAfterErasure } from '../privacy/useCompactAfterErasure.ts'
import { GONE_PATH, type GoneLocationState } from '../privacy/WorkshopGonePage.tsx'
import { ClosedNotice } from './ClosedNotice.tsx'
import { LiveAnnouncer } from './LiveAnnouncer.tsx'
import { RecoveryNotice } from './RecoveryNotice.tsx'
import { useSessionCheck } from './useSessionCheck.ts'
import { WorkshopHeader } from './WorkshopHeader.tsx'
import type { WorkshopOutletContext } from './workshopOutlet.ts'

/** The live workshop: who is here, how to join, and the board, plan or presentation below. */
export function WorkshopScreen({ session }: { session: Session }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { workshop, participant: me, token, joinCode } = session
  useOfferLanguages(workshopLanguages(workshop))
  const docs = useWorkshopDocs({ workshopId: workshop.id, token, participant: me })
  useCompactAfterErasure(docs)
  const finalClose = useConnectionStore((s) => s.finalClose)
  const writeRefused = useConnectionStore((s) => s.writeRefused)
  const connection = useConnectionStore(selectConnectionState)
  // On the projector the presentation shows the title, the people and the join code itself,
  // large; the header and the join panel would only repeat them, small.
  const presenting = useMatch('/w/:workshopId/present') !== null
  const planning = useMatch('/w/:workshopId/plan') !== null
  usePageTitle(
    workshop.title,
    t(presenting ? 'workshop.presentTab' : planning ? 'workshop.planTab' : 'workshop.boardTab'),
  )

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

  return (
    <main className={presenting ? 'page page--present' : 'page page--wide'} id="main">
      {presenting ? null : (
        <WorkshopHeader
          workshop={workshop}
          me={me}
          awareness={docs?.board.provider.awareness ?? null}
        />
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
      {presenting ? null : (
        <JoinCodePanel
          joinCode={joinCode}
          prominent={can(me.role, 'invite')}
          invites={
            can(me.role, 'invite') ? { workshopId: workshop.id, token: session.token } : null
          }
        />
      )}
      {!presenting && docs && can(me.role, 'removeParticipant') ? (
        <PeoplePanel
          workshopId={workshop.id}
          token={token}
          meId={me.id}
          // Sessions saved before joinLocked existed lack it until the session check refreshes.
          joinLocked={Boolean(workshop.joinLocked)}
          ledger={docs.ledger.doc}
          board={docs.board.doc}
        />
      ) : null}
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
      {docs ? <LiveAnnouncer docs={docs} me={me.id} /> : null}
      {docs ? <PhaseArea docs={docs} session={session} /> : null}
      {docs ? (
        <Outlet context={{ docs, session } satisfies WorkshopOutletContext} />
      ) : (
        <p className="board__empty">{t('connection.connecting')}</p>
      )}
      {/* Last on the page: rarely wanted, and never by a slip of the thumb. */}
      {!presenting && can(me.role, 'deleteWorkshop') ? (
        <DeleteWorkshopPanel workshop={workshop} token={token} />
      ) : null}
    </main>
  )
}
