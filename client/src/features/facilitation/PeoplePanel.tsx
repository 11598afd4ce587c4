import {
  type Actor,
  listActors,
  listParticipants,
  observeActors,
  observeParticipants,
  type Participant,
} from '@pactboard/shared'
import { useState } from 'react'
import type * as Y from 'yjs'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { formatDate } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useY } from '../../sync/useY.ts'
import { ErasePersonDialog } from '../privacy/ErasePersonDialog.tsx'
import { JoinLockToggle } from './JoinLockToggle.tsx'
import { RemoveParticipantDialog } from './RemoveParticipantDialog.tsx'

interface PeoplePanelProps {
  api: ApiCaller
  /** Me: I am not offered a button to remove myself. */
  meId: string
  joinLocked: boolean
  /** The registry, written by the server: who joined, in which role, who was removed. */
  ledger: Y.Doc
  /** For the organisations (actors) people represent. */
  board: Y.Doc
}

/**
 * The facilitator's list of everyone who joined (live from the ledger doc), with a way to remove
 * someone and to close joining by code. Removed people stay listed apart: the registry keeps them.
 */
export function PeoplePanel({ api, meId, joinLocked, ledger, board }: PeoplePanelProps) {
  const { t } = useTranslation()
  const participants = useY(ledger, listParticipants, observeParticipants)
  const actors = useY(board, listActors, observeActors)
  const [removing, setRemoving] = useState<Participant | null>(null)
  const [erasing, setErasing] = useState<Participant | null>(null)
  const eraseButton = (person: Participant) => (
    <button
      type="button"
      className="button button--small button--danger"
      aria-label={t('privacy.erase.buttonLabel', { name: person.displayName })}
      onClick={() => setErasing(person)}
    >
      {t('privacy.erase.button')}
    </button>
  )
  const present = participants.filter((p) => !p.removed)
  const removed = participants.filter((p) => p.removed)

  return (
    <section className="panel people" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('people.heading', { count: present.length })}</h2>
      <JoinLockToggle api={api} joinLocked={joinLocked} ledger={ledger} />
      <ul className="people__list">
        {present.map((person) => (
          <li key={person.id} className="people__person">
            <PersonLine person={person} actors={actors} isMe={person.id === meId} />
            {person.id === meId ? null : (
              <span className="people__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('people.remove', { name: person.displayName })}
                  onClick={() => setRemoving(person)}
                >
                  {t('people.removeShort')}
                </button>
                {eraseButton(person)}
              </span>
            )}
          </li>
        ))}
      </ul>
      {removed.length > 0 ? (
        <>
          <h3>{t('people.removedHeading', { count: removed.length })}</h3>
          <ul className="people__list people__list--removed">
            {removed.map((person) => (
              <li key={person.id} className="people__person">
                <PersonLine person={person} actors={actors} isMe={false} />
                {person.erased ? null : eraseButton(person)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {erasing ? (
        <ErasePersonDialog api={api} participant={erasing} onDone={() => setErasing(null)} />
      ) : null}
      {removing ? (
        <RemoveParticipantDialog
          api={api}
          participant={removing}
          onDone={() => setRemoving(null)}
        />
      ) : null}
    </section>
  )
}

function PersonLine({
  person,
  actors,
  isMe,
}: {
  person: Participant
  actors: Actor[]
  isMe: boolean
}) {
  const { t, i18n } = useTranslation()
  const organisation = actors.find((a) => a.id === person.actorId)?.name
  return (
    <div className="people__who">
      <span className="people__name">
        {isMe ? t('people.me', { name: person.displayName }) : person.displayName}
      </span>{' '}
      <span className={`role-badge role-badge--${person.role}`}>
        {t(`enums.role.${person.role}`)}
      </span>
      {organisation ? <span className="people__org"> · {organisation}</span> : null}
      <span className="people__time">
        {' · '}
        {person.erased
          ? t('privacy.erase.erasedAt', { date: formatDate(person.erased.at, i18n.language) })
          : person.removed
            ? t('people.removedAt', { date: formatDate(person.removed.at, i18n.language) })
            : t('people.joinedAt', { date: formatDate(person.joinedAt, i18n.language) })}
      </span>
    </div>
  )
}
