import type { LibraryMeasure, WorkspaceWorkshop } from '@pactboard/shared'
import { type FormEvent, useState } from 'react'
import { copyLibraryMeasure } from '../../api/librariesApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { formatDate } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { SelectField } from '../../ui/Field.tsx'

interface CopyMeasureDialogProps {
  measure: LibraryMeasure
  workshops: readonly WorkspaceWorkshop[]
  /** After the copy is on the board: the workshop's title. */
  onDone: (workshopTitle: string) => void
  onCancel: () => void
}

/** [W19] A staff member picks one of the workspace's workshops to put a copy of the measure in. */
export function CopyMeasureDialog({
  measure,
  workshops,
  onDone,
  onCancel,
}: CopyMeasureDialogProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const [workshopId, setWorkshopId] = useState(workshops[0]?.workshop.id ?? '')
  const send = useApiCall()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const chosen = workshops.find(({ workshop }) => workshop.id === workshopId)
    if (!chosen) return
    const copied = await send.run(() =>
      copyLibraryMeasure(measure.libraryId, measure.id, workshopId),
    )
    if (copied) onDone(chosen.workshop.title)
  }

  return (
    <Dialog title={t('libraries.copyTitle', { title: measure.fields.title })} onClose={onCancel}>
      <form className="form" noValidate onSubmit={submit}>
        <p>{t('libraries.copyIntro')}</p>
        <SelectField
          label={t('libraries.copyWorkshop')}
          value={workshopId}
          onChange={(event) => setWorkshopId(event.target.value)}
          options={workshops.map(({ workshop }) => ({
            value: workshop.id,
            label: `${workshop.title} (${formatDate(workshop.createdAt, language)})`,
          }))}
        />
        <CallError error={send.error} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={send.busy}>
            {t('libraries.copyConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
