import type { Candidate } from '@pactboard/shared'
import { LIBRARY_MAX_MEASURES } from '@pactboard/shared'
import { type FormEvent, useEffect, useState } from 'react'
import { listCandidates } from '../../api/candidatesApi.ts'
import { exportLibrary } from '../../api/librariesApi.ts'
import { saveBlob } from '../../api/planApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx'
import { Dialog } from '../../ui/Dialog.tsx'

interface ExportLibraryDialogProps {
  /** After the file was handed to the browser: how many measures it holds. */
  onDone: (count: number) => void
  onCancel: () => void
}

/** [W16] Staff choose candidates of the list and download them as a library file. */
export function ExportLibraryDialog({ onDone, onCancel }: ExportLibraryDialogProps) {
  const { t } = useTranslation()
  const [candidates, setCandidates] = useState<Candidate[] | null>(null)
  const [chosen, setChosen] = useState<string[]>([])
  const [invalid, setInvalid] = useState(false)
  const load = useApiCall()
  const send = useApiCall()
  const { run } = load

  useEffect(() => {
    // A merged candidate speaks through its survivor ([W9]): the survivor is the one to share.
    void run(async () =>
      setCandidates((await listCandidates()).candidates.filter((c) => c.state.status !== 'merged')),
    )
  }, [run])

  const choose = (ids: string[]) => {
    setChosen(ids)
    setInvalid(false)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const ids = chosen.slice(0, LIBRARY_MAX_MEASURES)
    if (ids.length === 0) {
      setInvalid(true)
      return
    }
    if (await send.run(async () => saveBlob(await exportLibrary(ids)))) onDone(ids.length)
  }

  return (
    <Dialog title={t('libraries.exportTitle')} onClose={onCancel}>
      <form className="form" noValidate onSubmit={submit}>
        <p>{t('libraries.exportIntro')}</p>
        <CallError error={load.error} onRetry={() => void load.retry()} />
        {candidates === null ? (
          load.busy ? (
            <p>{t('libraries.loading')}</p>
          ) : null
        ) : candidates.length === 0 ? (
          <p>{t('libraries.exportNone')}</p>
        ) : (
          <CheckboxGroup
            legend={t('libraries.exportChoose')}
            options={candidates.map((item) => ({
              value: item.id,
              label: (
                <>
                  {item.title}{' '}
                  <span className="candidate__meta">
                    {t(`enums.measureStatus.${item.state.status}`)}
                  </span>
                </>
              ),
            }))}
            value={chosen}
            onChange={choose}
            error={invalid ? t('libraries.exportRequired') : undefined}
          />
        )}
        <CallError error={send.error} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {candidates && candidates.length > 0 ? (
            <button type="submit" className="button button--primary" disabled={send.busy}>
              {t('libraries.exportConfirm')}
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  )
}
