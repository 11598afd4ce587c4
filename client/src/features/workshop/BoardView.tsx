import { can, canWriteDoc, getControlState, observeControl } from '@pactboard/shared'
import { Suspense, useMemo } from 'react'
import type * as Y from 'yjs'
import { Link } from '../../app/router.tsx'
import { proposeClosedReason } from '../../i18n/phaseText.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useAgenda } from '../../sync/useAgenda.ts'
import { useY } from '../../sync/useY.ts'
import { lazyNamed } from '../../ui/lazyNamed.ts'
import { boardViewKey } from '../board/boardViewStore.ts'
import { WorkshopBoard } from './WorkshopBoard.tsx'
import { useWorkshopOutlet } from './workshopOutlet.ts'

// Only organisations' representatives sign here: a participant's phone never fetches it.
const CommitmentsSection = lazyNamed(
  () => import('../commitments/CommitmentsSection.tsx'),
  'CommitmentsSection',
)

function BoardLockedNotice({ control }: { control: Y.Doc }) {
  const { t } = useTranslation()
  const locked = useY(control, (doc) => getControlState(doc).boardLocked, observeControl)
  return locked ? <p className="notice">{t('workshop.boardLocked')}</p> : null
}

/** `/w/:workshopId`: the measure board, and for organisations their commitments. */
export function BoardView() {
  const { t } = useTranslation()
  const { docs, session, api } = useWorkshopOutlet()
  const me = session.participant
  const agenda = useAgenda(docs.control.doc)
  const boardDocs = useMemo(
    () => ({ board: docs.board.doc, ledger: docs.ledger.doc, control: docs.control.doc }),
    [docs],
  )
  // Facilitators and planners propose in every phase ([P16]).
  const proposeClosed = can(me.role, 'writeBoardInAnyPhase') ? null : proposeClosedReason(t, agenda)
  return (
    <>
      <BoardLockedNotice control={docs.control.doc} />
      {can(me.role, 'followOwnProposals') ? (
        <p className="board__follow">
          <Link to={`/w/${session.workshop.id}/proposals`}>{t('board.myProposals')}</Link>
        </p>
      ) : null}
      <WorkshopBoard
        docs={boardDocs}
        api={api}
        me={me}
        canWrite={canWriteDoc(me.role, 'board')}
        proposeClosedReason={proposeClosed}
        viewKey={boardViewKey(session.workshop.id, me.id)}
        panelsInConsole={can(me.role, 'writeControl')}
      />
      {can(me.role, 'signCommitment') ? (
        <Suspense fallback={null}>
          <CommitmentsSection
            board={docs.board.doc}
            ledger={docs.ledger.doc}
            control={docs.control.doc}
            me={me}
            api={api}
          />
        </Suspense>
      ) : null}
    </>
  )
}
