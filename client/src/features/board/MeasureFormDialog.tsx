import {
  type Actor,
  addMeasure,
  emptyMeasureFields,
  MEASURE_FIELD_NAMES,
  type Measure,
  type MeasureFields,
  type Proposer,
  updateMeasure,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { MeasureForm } from './MeasureForm.tsx'

/** Adding starts empty, or from `initial`: a proposal the server did not take, offered back. */
export type MeasureEditing =
  | { mode: 'add'; initial?: MeasureFields }
  | { mode: 'edit'; measure: Measure }

interface MeasureFormDialogProps {
  board: Y.Doc
  editing: MeasureEditing
  proposer: Proposer
  actors: readonly Actor[]
  onDone: (measure: Measure) => void
  onCancel: () => void
  /** Why saving is not possible now; the form shows the fields but does not save. */
  saveBlockedReason?: string | null
}

function fieldsOf(measure: Measure): MeasureFields {
  const fields: Partial<Record<keyof MeasureFields, unknown>> = {}
  for (const key of MEASURE_FIELD_NAMES) fields[key] = measure[key]
  return fields as MeasureFields
}

/**
 * Only what this person changed, so that someone else's concurrent edit of another field of
 * the same measure is not overwritten with the value this form was opened with.
 */
export function changedFields(before: MeasureFields, after: MeasureFields): Partial<MeasureFields> {
  const patch: Partial<Record<keyof MeasureFields, unknown>> = {}
  for (const key of MEASURE_FIELD_NAMES) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key]
  }
  return patch as Partial<MeasureFields>
}

/** Adds a measure to the board doc, or edits one, through the shared helpers. */
export function MeasureFormDialog(props: MeasureFormDialogProps) {
  const { board, editing, proposer, actors, onDone, onCancel, saveBlockedReason = null } = props
  const { t } = useTranslation()
  const initial =
    editing.mode === 'edit' ? fieldsOf(editing.measure) : (editing.initial ?? emptyMeasureFields())
  const handleSubmit = (fields: MeasureFields) => {
    const measure =
      editing.mode === 'edit'
        ? updateMeasure(board, editing.measure.id, changedFields(initial, fields))
        : addMeasure(board, { fields, proposer })
    onDone(measure)
  }
  return (
    <Dialog
      title={editing.mode === 'edit' ? t('measure.editTitle') : t('measure.addTitle')}
      onClose={onCancel}
    >
      <MeasureForm
        initial={initial}
        // A new proposal's field of action is the person's choice; one offered back was chosen.
        fieldChosen={editing.mode === 'edit' || editing.initial !== undefined}
        figuresOpen={editing.mode === 'edit'}
        actors={actors}
        onSubmit={handleSubmit}
        onCancel={onCancel}
        saveBlockedReason={saveBlockedReason}
      />
    </Dialog>
  )
}
