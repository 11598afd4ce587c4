import { can, isWorkspacePlan, type Participant } from '@pactboard/shared'
import { useId } from 'react'
import type * as Y from 'yjs'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { commitClosedReason } from '../../i18n/phaseText.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useAgenda } from '../../sync/useAgenda.ts'
import { CommitmentForm } from './CommitmentForm.tsx'
import { CommitmentRegister } from './CommitmentRegister.tsx'
import { RegisterDownloads } from './RegisterDownloads.tsx'
import { YourOrganisation } from './YourOrganisation.tsx'

interface CommitmentsSectionProps {
  board: Y.Doc
  ledger: Y.Doc
  control: Y.Doc
  me: Participant
  api: ApiCaller
}

/** The commitments register, and for an organisation's representative the form to sign. */
export function CommitmentsSection({ board, ledger, control, me, api }: CommitmentsSectionProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const mayWrite = can(me.role, 'signCommitment') && me.actorId !== null
  // [P16] The phase says whether signing is open; the server refuses it otherwise.
  const closedReason = commitClosedReason(t, useAgenda(control))
  return (
    <section className="panel commitments" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('commitments.heading')}</h3>
      {/* [W27] A workspace's plan: the workshops' signatures reach its register and exports. */}
      {isWorkspacePlan(api.workshopId) ? <p>{t('commitments.fromWorkshops')}</p> : null}
      {mayWrite && me.actorId ? (
        <YourOrganisation board={board} actorId={me.actorId} api={api} />
      ) : null}
      {mayWrite && closedReason ? <p className="board__closed">{closedReason}</p> : null}
      {mayWrite && me.actorId && !closedReason ? (
        <CommitmentForm board={board} ledger={ledger} actorId={me.actorId} api={api} />
      ) : null}
      {can(me.role, 'export') ? <RegisterDownloads api={api} /> : null}
      <CommitmentRegister
        board={board}
        ledger={ledger}
        myActorId={mayWrite ? me.actorId : null}
        api={api}
      />
    </section>
  )
}
