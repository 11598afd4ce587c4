import { useTranslation } from '../../i18n/useTranslation.tsx'
import { TextAreaField, TextField } from '../../ui/Field.tsx'
import { FieldOfActionChoice } from './FieldOfActionChoice.tsx'
import type { DraftFieldsProps } from './measureDraft.ts'

/**
 * What a citizen knows first, on a phone in the hall: what the measure is called, what it
 * changes, and where it belongs. Everything else is figures, offered after.
 */
export function EssentialFields({ draft, update, error }: DraftFieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <TextField
        label={t('measure.title')}
        error={error('title')}
        value={draft.title}
        onChange={(e) => update({ title: e.target.value })}
        maxLength={200}
        required
      />
      <TextAreaField
        label={t('proposal.whatItChanges')}
        hint={t('proposal.whatItChangesHint')}
        error={error('description')}
        value={draft.description}
        onChange={(e) => update({ description: e.target.value })}
        rows={3}
      />
      <FieldOfActionChoice
        value={draft.fieldOfAction}
        onChange={(fieldOfAction) => update({ fieldOfAction })}
        error={error('fieldOfAction')}
      />
    </>
  )
}
