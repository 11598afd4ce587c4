import { can, canWriteDoc, getControlState, observeControl } from '@pactboard/shared'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { useY } from '../../sync/useY.ts'
import { MeasureBoard } from '../board/MeasureBoard.tsx'
import { CommitmentsSection } from '../commitments/CommitmentsSection.tsx'
import { proposeClosedReason } from '../facilitation/phaseText.ts'
import { useAgenda } from '../facilitation/useAgenda.ts'
import { useWorkshopOutlet } from './workshopOutlet.ts'

function BoardLockedNotice({ control }: { control: Y.Doc }) {
  const { t } = useTranslation()
  const locked = useY(control, (doc) => getControlState(doc).boardLocked, observeControl)
  return locked ? <p className="notice">{t('workshop.boardLocked')}</p> : null
}

/** `/w/:workshopId`: the measure board, and for organisations their commitments. */
export function BoardView() {
  const { t } = useTranslation()
  const { docs, session } = useWorkshopOutlet()
  const me = session.participant
  const agenda = useAgenda(docs.control.doc)
  // Facilitators and planners propose in every phase ([P16]).
  const proposeClosed = can(me.role, 'writeBoardInAnyPhase') ? null : proposeClosedReason(t, agenda)
  return (
    <>
      <BoardLockedNotice control={docs.control.doc} />
      <MeasureBoard
        board={docs.board.doc}
        ledger={docs.ledger.doc}
        control={docs.control.doc}
        api={{ workshopId: session.workshop.id, token: session.token }}
        me={me}
        canWrite={canWriteDoc(me.role, 'board')}
        proposeClosedReason={proposeClosed}
      />
      {can(me.role, 'signCommitment') ? (
        <CommitmentsSection
          board={docs.board.doc}
          ledger={docs.ledger.doc}
          control={docs.control.doc}
          me={me}
          token={session.token}
          workshopId={session.workshop.id}
        />
      ) : null}
    </>
  )
}
