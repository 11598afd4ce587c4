import { type Commitment, listCommitments, observeCommitments } from '@pactboard/shared'
import { useState } from 'react'
import type * as Y from 'yjs'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { withdrawCommitment } from '../../api/planApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useActors, useMeasures, useParticipants } from '../../sync/useBoard.ts'
import { useY } from '../../sync/useY.ts'
import { CallError } from '../../ui/CallError.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { groupCommitments, nameOf } from './groupCommitments.ts'

interface CommitmentRegisterProps {
  board: Y.Doc
  ledger: Y.Doc
  /** The organisation whose commitments this person may withdraw, if any. */
  myActorId: string | null
  api: ApiCaller
}

/** Every signed commitment, by organisation; a withdrawn one stays, struck through. */
export function CommitmentRegister({ board, ledger, myActorId, api }: CommitmentRegisterProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const commitments = useY(ledger, listCommitments, observeCommitments)
  const actors = useActors(board)
  const participants = useParticipants(ledger)
  const measures = useMeasures(board)
  const { error, run, retry } = useApiCall()
  const [withdrawing, setWithdrawing] = useState<Commitment | null>(null)
  const groups = groupCommitments(commitments, actors, t('commitments.unknownActor'))
  const date = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso))
  const person = (id: string) => nameOf(participants, id, t('card.someone'))

  const withdraw = (commitment: Commitment) => {
    setWithdrawing(null)
    return run(() => withdrawCommitment(api, commitment.id))
  }

  if (groups.length === 0) return <p className="board__empty">{t('commitments.empty')}</p>
  return (
    <div className="register">
      <CallError error={error} onRetry={retry} className="notice notice--error" />
      {groups.map((group) => (
        <section key={group.actorId} className="register__group" aria-label={group.actorName}>
          <h4>{group.actorName}</h4>
          <ul className="register__list">
            {group.commitments.map((c) => {
              const measure = c.measureId ? measures.find((m) => m.id === c.measureId) : undefined
              const body = (
                <>
                  <span className="register__text">{c.text}</span>{' '}
                  <span className="register__target">
                    {t('commitments.targetSummary', {
                      value: formatNumber(c.target.value, language),
                      unit: c.target.unit,
                      year: c.target.year,
                    })}
                    {c.target.tCO2eEquivalent
                      ? ` ${t('commitments.equivalentSummary', {
                          value: formatNumber(c.target.tCO2eEquivalent.tCO2ePerYear, language),
                          method: c.target.tCO2eEquivalent.method,
                        })}`
                      : null}
                  </span>
                </>
              )
              return (
                <li
                  key={c.id}
                  className={
                    c.withdrawn ? 'register__item register__item--withdrawn' : 'register__item'
                  }
                >
                  <p>{c.withdrawn ? <del>{body}</del> : body}</p>
                  {measure ? (
                    <p className="register__meta">
                      {t('commitments.forMeasure', { title: measure.title })}
                    </p>
                  ) : null}
                  <p className="register__meta">
                    {t('commitments.signedBy', {
                      name: person(c.signedBy),
                      date: date(c.signedAt),
                    })}
                    {c.withdrawn
                      ? ` · ${t('commitments.withdrawnBy', { name: person(c.withdrawn.by), date: date(c.withdrawn.at) })}`
                      : null}
                  </p>
                  {!c.withdrawn && myActorId === c.actorId ? (
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={t('commitments.withdrawNamed', { text: c.text })}
                      onClick={() => setWithdrawing(c)}
                    >
                      {t('commitments.withdraw')}
                    </button>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
      {withdrawing ? (
        <Dialog title={t('commitments.confirmTitle')} onClose={() => setWithdrawing(null)}>
          <p>{t('commitments.confirmBody', { text: withdrawing.text })}</p>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setWithdrawing(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void withdraw(withdrawing)}
            >
              {t('commitments.withdraw')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  )
}
