import type { BringableMeasure, WorkspaceWorkshop } from '@pactboard/shared'
import { MAX_MEASURES_PER_BRING_IN } from '@pactboard/shared'
import { type FormEvent, useEffect, useState } from 'react'
import { bringIn, listWorkshopMeasures } from '../../api/candidatesApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { formatDate } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { SelectField } from '../../ui/Field.tsx'

interface BringInDialogProps {
  workshops: readonly WorkspaceWorkshop[]
  /** After measures were brought in: how many. */
  onDone: (count: number) => void
  onCancel: () => void
}

/** [W8] A planner picks a workshop and the measures of its board to bring into the list. */
export function BringInDialog({ workshops, onDone, onCancel }: BringInDialogProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const [workshopId, setWorkshopId] = useState(workshops[0]?.workshop.id ?? '')
  const [measures, setMeasures] = useState<BringableMeasure[] | null>(null)
  const [chosen, setChosen] = useState<string[]>([])
  const [invalid, setInvalid] = useState(false)
  const load = useApiCall()
  const send = useApiCall()
  const { run } = load

  useEffect(() => {
    setMeasures(null)
    setChosen([])
    if (!workshopId) return
    void run(async () => setMeasures((await listWorkshopMeasures(workshopId)).measures))
  }, [workshopId, run])

  const choose = (ids: string[]) => {
    setChosen(ids)
    setInvalid(false)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const measureIds = chosen.slice(0, MAX_MEASURES_PER_BRING_IN)
    if (measureIds.length === 0) {
      setInvalid(true)
      return
    }
    if (await send.run(() => bringIn({ workshopId, measureIds }))) onDone(measureIds.length)
  }

  return (
    <Dialog title={t('candidates.bringInTitle')} onClose={onCancel}>
      <form className="form" noValidate onSubmit={submit}>
        <SelectField
          label={t('candidates.bringInWorkshop')}
          value={workshopId}
          // One workshop's measures at a time: a switch waits for the list on its way.
          disabled={load.busy}
          onChange={(event) => setWorkshopId(event.target.value)}
          options={workshops.map(({ workshop }) => ({
            value: workshop.id,
            label: `${workshop.title} (${formatDate(workshop.createdAt, language)})`,
          }))}
        />
        <CallError error={load.error} onRetry={() => void load.retry()} />
        {measures === null ? (
          load.busy ? (
            <p>{t('candidates.loading')}</p>
          ) : null
        ) : measures.length === 0 ? (
          <p>{t('candidates.bringInNone')}</p>
        ) : (
          <CheckboxGroup
            legend={t('candidates.bringInChoose')}
            options={measures.map((item) => ({
              value: item.measureId,
              label: (
                <>
                  {item.title}{' '}
                  <span className="candidate__meta">
                    {t('candidates.dots', { count: item.dots })}
                    {item.candidateId ? ` · ${t('candidates.broughtInBefore')}` : ''}
                  </span>
                </>
              ),
            }))}
            value={chosen}
            onChange={choose}
            error={invalid ? t('candidates.bringInRequired') : undefined}
          />
        )}
        <CallError error={send.error} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {measures && measures.length > 0 ? (
            <button type="submit" className="button button--primary" disabled={send.busy}>
              {t('candidates.bringInConfirm')}
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  )
}
