import { useState } from 'react'
import type * as Y from 'yjs'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { updateOrganisation } from '../../api/organisationsApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useActors } from '../../sync/useBoard.ts'
import { OrganisationForm } from './OrganisationForm.tsx'

/**
 * [P25] A representative completes their own organisation's details: the signatory, the
 * organisation number, what the signatories table of the contract asks. The name and kind stay
 * as the facilitator's directory has them.
 */
export function YourOrganisation({
  board,
  actorId,
  api,
}: {
  board: Y.Doc
  actorId: string
  api: ApiCaller
}) {
  const { t } = useTranslation()
  const actor = useActors(board).find((a) => a.id === actorId)
  const saving = useApiCall()
  const [status, setStatus] = useState('')
  if (!actor) return null
  return (
    <details className="your-organisation">
      <summary>{t('organisations.yours')}</summary>
      <p className="field__hint">{t('organisations.yoursHint')}</p>
      <OrganisationForm
        initial={actor}
        identityEditable={false}
        submitLabel={t('organisations.save')}
        busyLabel={t('organisations.saving')}
        call={saving}
        onSubmit={async ({ orgNumber, sector, legalForm, responsiblePerson, position }) => {
          await updateOrganisation(api, actorId, {
            orgNumber,
            sector,
            legalForm,
            responsiblePerson,
            position,
          })
          setStatus(t('organisations.saved'))
        }}
      />
      {status ? (
        <p role="status" className="field__hint">
          {status}
        </p>
      ) : null}
    </details>
  )
}
