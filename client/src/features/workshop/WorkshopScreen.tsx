import { can, canWriteDoc, getControlState, observeControl } from '@pactboard/shared'
import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import type * as Y from 'yjs'
import type { Session } from '../../app/sessionStore.ts'
import { useApplyLanguage } from '../../i18n/useLanguage.ts'
import { selectConnectionState, useConnectionStore } from '../../sync/connectionStore.ts'
import { useWorkshopDocs } from '../../sync/useWorkshopDocs.ts'
import { useY } from '../../sync/useY.ts'
import { MeasureBoard } from '../board/MeasureBoard.tsx'
import { JoinCodePanel } from '../facilitation/JoinCodePanel.tsx'
import type { JoinLocationState } from '../join/JoinPage.tsx'
import { ClosedNotice } from './ClosedNotice.tsx'
import { useSessionCheck } from './useSessionCheck.ts'
import { WorkshopHeader } from './WorkshopHeader.tsx'

const UNAUTHORIZED = 4401

function BoardLockedNotice({ control }: { control: Y.Doc }) {
  const { t } = useTranslation()
  const locked = useY(control, (doc) => getControlState(doc).boardLocked, observeControl)
  return locked ? <p className="notice">{t('workshop.boardLocked')}</p> : null
}

/** The live workshop: who is here, how to join, and the measure board. */
export function WorkshopScreen({ session }: { session: Session }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { workshop, participant: me, token, joinCode } = session
  useApplyLanguage(workshop.language)
  const docs = useWorkshopDocs({ workshopId: workshop.id, token, participant: me })
  const finalClose = useConnectionStore((s) => s.finalClose)
  const writeRefused = useConnectionStore((s) => s.writeRefused)
  const connection = useConnectionStore(selectConnectionState)

  const expire = useCallback(() => {
    const state: JoinLocationState = { notice: 'sessionExpired' }
    navigate(`/join/${joinCode}`, { replace: true, state })
  }, [navigate, joinCode])
  useSessionCheck(session, expire)
  useEffect(() => {
    if (finalClose?.code === UNAUTHORIZED) expire()
  }, [finalClose, expire])

  return (
    <main className="page page--wide" id="main">
      <WorkshopHeader
        workshop={workshop}
        me={me}
        awareness={docs?.board.provider.awareness ?? null}
      />
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
      <JoinCodePanel joinCode={joinCode} prominent={can(me.role, 'invite')} />
      {docs ? (
        <>
          <BoardLockedNotice control={docs.control.doc} />
          <MeasureBoard
            board={docs.board.doc}
            ledger={docs.ledger.doc}
            me={me}
            canWrite={canWriteDoc(me.role, 'board')}
          />
        </>
      ) : (
        <p className="board__empty">{t('connection.connecting')}</p>
      )}
    </main>
  )
}
