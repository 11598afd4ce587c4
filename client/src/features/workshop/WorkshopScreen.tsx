import { can } from '@pactboard/shared'
import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet, useMatch, useNavigate } from 'react-router-dom'
import type { Session } from '../../app/sessionStore.ts'
import { useApplyLanguage } from '../../i18n/useLanguage.ts'
import { selectConnectionState, useConnectionStore } from '../../sync/connectionStore.ts'
import { useWorkshopDocs } from '../../sync/useWorkshopDocs.ts'
import { JoinCodePanel } from '../facilitation/JoinCodePanel.tsx'
import type { JoinLocationState } from '../join/JoinPage.tsx'
import { ClosedNotice } from './ClosedNotice.tsx'
import { useSessionCheck } from './useSessionCheck.ts'
import { WorkshopHeader } from './WorkshopHeader.tsx'
import type { WorkshopOutletContext } from './workshopOutlet.ts'

const UNAUTHORIZED = 4401

/** The live workshop: who is here, how to join, and the board, plan or presentation below. */
export function WorkshopScreen({ session }: { session: Session }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { workshop, participant: me, token, joinCode } = session
  useApplyLanguage(workshop.language)
  const docs = useWorkshopDocs({ workshopId: workshop.id, token, participant: me })
  const finalClose = useConnectionStore((s) => s.finalClose)
  const writeRefused = useConnectionStore((s) => s.writeRefused)
  const connection = useConnectionStore(selectConnectionState)
  // On the projector the presentation shows the title, the people and the join code itself,
  // large; the header and the join panel would only repeat them, small.
  const presenting = useMatch('/w/:workshopId/present') !== null

  const expire = useCallback(() => {
    const state: JoinLocationState = { notice: 'sessionExpired' }
    navigate(`/join/${joinCode}`, { replace: true, state })
  }, [navigate, joinCode])
  useSessionCheck(session, expire)
  useEffect(() => {
    if (finalClose?.code === UNAUTHORIZED) expire()
  }, [finalClose, expire])

  return (
    <main className={presenting ? 'page page--present' : 'page page--wide'} id="main">
      {presenting ? null : (
        <WorkshopHeader
          workshop={workshop}
          me={me}
          awareness={docs?.board.provider.awareness ?? null}
        />
      )}
      {finalClose && finalClose.code !== UNAUTHORIZED ? <ClosedNotice close={finalClose} /> : null}
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
      {presenting ? null : (
        <JoinCodePanel
          joinCode={joinCode}
          prominent={can(me.role, 'invite')}
          invites={
            can(me.role, 'invite') ? { workshopId: workshop.id, token: session.token } : null
          }
        />
      )}
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
      {docs ? (
        <Outlet context={{ docs, session } satisfies WorkshopOutletContext} />
      ) : (
        <p className="board__empty">{t('connection.connecting')}</p>
      )}
    </main>
  )
}
