import { can, type Participant } from '@pactboard/shared'
import { useId } from 'react'
import type * as Y from 'yjs'
import { commitClosedReason } from '../../i18n/phaseText.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useAgenda } from '../../sync/useAgenda.ts'
import { CommitmentForm } from './CommitmentForm.tsx'
import { CommitmentRegister } from './CommitmentRegister.tsx'

interface CommitmentsSectionProps {
  board: Y.Doc
  ledger: Y.Doc
  control: Y.Doc
  me: Participant
  token: string
  workshopId: string
}

/** The commitments register, and for an organisation's representative the form to sign. */
export function CommitmentsSection({
  board,
  ledger,
  control,
  me,
  token,
  workshopId,
}: CommitmentsSectionProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const mayWrite = can(me.role, 'signCommitment') && me.actorId !== null
  // [P16] The phase says whether signing is open; the server refuses it otherwise.
  const closedReason = commitClosedReason(t, useAgenda(control))
  return (
    <section className="panel commitments" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('commitments.heading')}</h3>
      {mayWrite && closedReason ? <p className="board__closed">{closedReason}</p> : null}
      {mayWrite && me.actorId && !closedReason ? (
        <CommitmentForm
          board={board}
          ledger={ledger}
          actorId={me.actorId}
          token={token}
          workshopId={workshopId}
        />
      ) : null}
      <CommitmentRegister
        board={board}
        ledger={ledger}
        myActorId={mayWrite ? me.actorId : null}
        token={token}
        workshopId={workshopId}
      />
    </section>
  )
}
