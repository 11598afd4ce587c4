import type { Actor } from '@pactboard/shared'
import { useId, useState } from 'react'
import type * as Y from 'yjs'
import type { ApiCaller } from '../../api/apiCaller.ts'
import {
  addOrganisation,
  inviteForOrganisation,
  updateOrganisation,
} from '../../api/organisationsApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useActors } from '../../sync/useBoard.ts'
import { CallError } from '../../ui/CallError.tsx'
import { NO_DETAILS, OrganisationForm } from './OrganisationForm.tsx'

interface OrganisationDirectoryProps {
  board: Y.Doc
  api: ApiCaller
}

/**
 * [P25][P26] The facilitator's directory: one entry per organisation (the city's departments and
 * companies, added before they arrive or as they join), its details for the signatories table,
 * and a personal invite link per organisation, so all its people sign for the one entry.
 */
export function OrganisationDirectory({ board, api }: OrganisationDirectoryProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const actors = useActors(board)
  const adding = useApiCall()
  const [formKey, setFormKey] = useState(0)
  const [status, setStatus] = useState('')

  return (
    <section className="organisations" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('organisations.heading')}</h3>
      <p className="field__hint">{t('organisations.hint')}</p>
      <details className="organisations__add">
        <summary>{t('organisations.add')}</summary>
        <OrganisationForm
          key={formKey}
          initial={NO_DETAILS}
          submitLabel={t('organisations.add')}
          busyLabel={t('organisations.adding')}
          call={adding}
          onSubmit={async (details) => {
            const { organisation, fromDirectory } = await addOrganisation(api, details)
            setFormKey((k) => k + 1)
            setStatus(
              fromDirectory
                ? t('organisations.fromDirectory', { name: organisation.name })
                : t('organisations.added'),
            )
          }}
        />
      </details>
      {/* only while there is something to say: the page's one standing status is the connection */}
      {status ? (
        <p role="status" className="field__hint">
          {status}
        </p>
      ) : null}
      {actors.length === 0 ? (
        <p className="board__empty">{t('organisations.empty')}</p>
      ) : (
        <ul className="organisations__list">
          {actors.map((actor) => (
            <OrganisationEntry key={actor.id} actor={actor} api={api} />
          ))}
        </ul>
      )}
    </section>
  )
}

function OrganisationEntry({ actor, api }: { actor: Actor; api: ApiCaller }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [link, setLink] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const saving = useApiCall()
  const inviting = useApiCall()

  const makeLink = () =>
    inviting.run(async () => {
      const { invite } = await inviteForOrganisation(api, actor.id)
      setCopied(false)
      setLink(`${window.location.origin}${invite.path}`)
    })

  const copy = async () => {
    if (!link) return
    await navigator.clipboard?.writeText(link)
    setCopied(true)
  }

  return (
    <li className="organisations__entry">
      <p className="organisations__name">
        <strong>{actor.name}</strong> · {t(`enums.actorKind.${actor.kind}`)} ·{' '}
        {actor.orgNumber || t('organisations.noNumber')}
      </p>
      {actor.responsiblePerson ? (
        <p className="field__hint">
          {actor.responsiblePerson}
          {actor.position ? `, ${actor.position}` : ''}
        </p>
      ) : null}
      <div className="inline-actions">
        <button
          type="button"
          className="button button--small"
          aria-expanded={editing}
          aria-label={t('organisations.editNamed', { name: actor.name })}
          onClick={() => setEditing((e) => !e)}
        >
          {t('organisations.edit')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('organisations.inviteNamed', { name: actor.name })}
          disabled={inviting.busy}
          onClick={() => void makeLink()}
        >
          {t('organisations.invite')}
        </button>
      </div>
      <CallError error={inviting.error} onRetry={inviting.retry} />
      {link ? (
        <div className="invite-links__result">
          <input
            readOnly
            value={link}
            aria-label={t('organisations.link', { name: actor.name })}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            {copied ? t('organisations.copied') : t('organisations.copy')}
          </button>
        </div>
      ) : null}
      {editing ? (
        <OrganisationForm
          initial={actor}
          submitLabel={t('organisations.save')}
          busyLabel={t('organisations.saving')}
          call={saving}
          onSubmit={async (details) => {
            await updateOrganisation(api, actor.id, details)
            setEditing(false)
          }}
        />
      ) : null}
    </li>
  )
}
