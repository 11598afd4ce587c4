import type { Actor, WorkspaceWorkshop } from '@pactboard/shared'
import { useCallback, useEffect, useState } from 'react'
import { useApiCall } from '../../api/useApiCall.ts'
import {
  addWorkspaceOrganisation,
  listWorkspaceOrganisations,
} from '../../api/workspaceOrganisationsApi.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { NO_DETAILS, OrganisationForm } from '../commitments/OrganisationForm.tsx'
import { WorkspaceOrganisationEntry } from './WorkspaceOrganisationEntry.tsx'

interface WorkspaceOrganisationsProps {
  /** The workspace's workshops, where an organisation's people are invited to. */
  workshops: readonly WorkspaceWorkshop[]
  /** A facilitator adds, edits and invites ([P25]); a planner reads. */
  canKeep: boolean
}

/**
 * [W20]–[W23] The workspace's directory of organisations: one entry per company, department or
 * municipal company, with the details of the CCC's signatories table, whichever workshops its
 * people join; a facilitator adds and edits them and makes an invite link for one of its people
 * into a workshop. Reloaded after each change, so it shows what the server keeps.
 */
export function WorkspaceOrganisations({ workshops, canKeep }: WorkspaceOrganisationsProps) {
  const { t } = useTranslation()
  const [organisations, setOrganisations] = useState<Actor[] | null>(null)
  const [formKey, setFormKey] = useState(0)
  const [said, setSaid] = useState('')
  const load = useApiCall()
  const adding = useApiCall()
  const { run } = load

  const reload = useCallback(
    () => run(async () => setOrganisations((await listWorkspaceOrganisations()).organisations)),
    [run],
  )
  useEffect(() => {
    void reload()
  }, [reload])

  const done = (message: string) => {
    setSaid(message)
    void reload()
  }

  return (
    <section className="panel organisations" aria-labelledby="workspace-organisations-heading">
      <h2 id="workspace-organisations-heading">{t('workspaceOrganisations.heading')}</h2>
      <p>{t('workspaceOrganisations.intro')}</p>
      {canKeep ? (
        <details className="organisations__add">
          <summary>{t('workspaceOrganisations.add')}</summary>
          <OrganisationForm
            key={formKey}
            initial={NO_DETAILS}
            submitLabel={t('workspaceOrganisations.add')}
            busyLabel={t('workspaceOrganisations.adding')}
            call={adding}
            onSubmit={async (details) => {
              const { organisation } = await addWorkspaceOrganisation(details)
              setFormKey((k) => k + 1)
              done(t('workspaceOrganisations.added', { name: organisation.name }))
            }}
          />
        </details>
      ) : null}
      {said ? <p role="status">{said}</p> : null}
      <CallError error={load.error} onRetry={() => void load.retry()} />
      {organisations === null ? null : organisations.length === 0 ? (
        <p>{t('workspaceOrganisations.empty')}</p>
      ) : (
        <ul className="organisations__list">
          {organisations.map((organisation) => (
            <WorkspaceOrganisationEntry
              key={organisation.id}
              organisation={organisation}
              workshops={workshops}
              canKeep={canKeep}
              onSaved={(saved) => done(t('workspaceOrganisations.saved', { name: saved.name }))}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
