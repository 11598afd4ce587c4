import type { Actor } from '@pactboard/shared'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { FigureFields } from './FigureFields.tsx'
import { MoreFields } from './MoreFields.tsx'
import type { DraftFieldsProps } from './measureDraft.ts'

export interface MeasureFiguresProps extends DraftFieldsProps {
  actors: readonly Actor[]
  invalidFields: string[]
  attempt: number
}

/**
 * The figures of a measure (reduction, costs by year, funding, timeline, who acts): optional,
 * and most of the form's code, so a chunk of its own that a phone fetches when a form opens,
 * not before its first board (the 150 KB budget, client/README.md).
 */
export function MeasureFigures({ actors, invalidFields, attempt, ...fields }: MeasureFiguresProps) {
  const { t } = useTranslation()
  return (
    <>
      <p className="field__hint">{t('proposal.figuresHint')}</p>
      <FigureFields {...fields} />
      <MoreFields {...fields} actors={actors} invalidFields={invalidFields} attempt={attempt} />
    </>
  )
}
