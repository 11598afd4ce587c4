import type { Actor, WorkspaceWorkshop } from '@pactboard/shared'
import { useState } from 'react'
import { useApiCall } from '../../api/useApiCall.ts'
import {
  inviteWorkspaceOrganisation,
  updateWorkspaceOrganisation,
} from '../../api/workspaceOrganisationsApi.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { SelectField } from '../../ui/Field.tsx'
import { OrganisationForm } from '../commitments/OrganisationForm.tsx'

interface WorkspaceOrganisationEntryProps {
  organisation: Actor
  workshops: readonly WorkspaceWorkshop[]
  canKeep: boolean
  onSaved: (organisation: Actor) => void
}

/** One organisation of the workspace: its details, editing them, and its people's invite link. */
export function WorkspaceOrganisationEntry({
  organisation,
  workshops,
  canKeep,
  onSaved,
}: WorkspaceOrganisationEntryProps) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const saving = useApiCall()
  const { name } = organisation

  return (
    <li className="organisations__entry">
      <h3 className="organisations__name">{name}</h3>
      <p>
        {t(`enums.actorKind.${organisation.kind}`)} ·{' '}
        {organisation.orgNumber || t('workspaceOrganisations.noNumber')}
        {organisation.sector ? ` · ${organisation.sector}` : ''}
        {organisation.legalForm ? ` · ${organisation.legalForm}` : ''}
      </p>
      <p className="field__hint">
        {organisation.responsiblePerson
          ? t('workspaceOrganisations.signatory', {
              person: organisation.responsiblePerson,
              position: organisation.position || t('workspaceOrganisations.noPosition'),
            })
          : t('workspaceOrganisations.noSignatory')}
      </p>
      {canKeep ? (
        <>
          <button
            type="button"
            className="button button--small"
            aria-expanded={editing}
            aria-label={t('workspaceOrganisations.editNamed', { name })}
            onClick={() => setEditing((e) => !e)}
          >
            {t('workspaceOrganisations.edit')}
          </button>
          {editing ? (
            <OrganisationForm
              initial={organisation}
              submitLabel={t('workspaceOrganisations.save')}
              busyLabel={t('workspaceOrganisations.saving')}
              call={saving}
              onSubmit={async (details) => {
                const saved = await updateWorkspaceOrganisation(organisation.id, details)
                setEditing(false)
                onSaved(saved.organisation)
              }}
            />
          ) : null}
          {workshops.length > 0 ? (
            <InviteLink organisation={organisation} workshops={workshops} />
          ) : null}
        </>
      ) : null}
    </li>
  )
}

/** [W23] A link for one of its people into a workshop of the workspace. */
function InviteLink({
  organisation,
  workshops,
}: {
  organisation: Actor
  workshops: readonly WorkspaceWorkshop[]
}) {
  const { t } = useTranslation()
  const [workshopId, setWorkshopId] = useState(workshops[0]?.workshop.id ?? '')
  const [link, setLink] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const inviting = useApiCall()
  const { name } = organisation

  const makeLink = () =>
    inviting.run(async () => {
      const { invite } = await inviteWorkspaceOrganisation(organisation.id, workshopId)
      setCopied(false)
      setLink(`${window.location.origin}${invite.path}`)
    })

  const copy = async () => {
    if (!link) return
    await navigator.clipboard?.writeText(link)
    setCopied(true)
  }

  return (
    <div className="organisations__invite">
      <SelectField
        label={t('workspaceOrganisations.inviteWorkshop', { name })}
        value={workshopId}
        onChange={(event) => {
          setWorkshopId(event.target.value)
          setLink(null)
        }}
        options={workshops.map(({ workshop }) => ({ value: workshop.id, label: workshop.title }))}
      />
      <button
        type="button"
        className="button button--small"
        aria-label={t('workspaceOrganisations.inviteNamed', { name })}
        disabled={inviting.busy}
        onClick={() => void makeLink()}
      >
        {t('workspaceOrganisations.invite')}
      </button>
      <CallError error={inviting.error} onRetry={inviting.retry} />
      {link ? (
        <div className="invite-links__result">
          <input
            readOnly
            value={link}
            aria-label={t('workspaceOrganisations.link', { name })}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            {copied ? t('workspaceOrganisations.copied') : t('workspaceOrganisations.copy')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
