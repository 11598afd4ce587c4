import { FIELDS_OF_ACTION, type FieldOfAction } from '@pactboard/shared'
import {
  Building2,
  Bus,
  Lightbulb,
  type LucideIcon,
  Recycle,
  Sprout,
  Trees,
  Zap,
} from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'

/** A picture for each CCC field of action: a citizen recognises "buses" before "mobility". */
const PICTURES: Record<FieldOfAction, LucideIcon> = {
  energy_systems: Zap,
  built_environment: Building2,
  mobility_transport: Bus,
  waste_circular_economy: Recycle,
  green_infrastructure_nbs: Trees,
  land_use: Sprout,
  other: Lightbulb,
}

interface FieldOfActionChoiceProps {
  /** Null until the person picks one: no field is chosen for them. */
  value: FieldOfAction | null
  onChange: (field: FieldOfAction) => void
  error?: string | undefined
}

/** The field of action as a set of pictured choices, large enough for a thumb. */
export function FieldOfActionChoice({ value, onChange, error }: FieldOfActionChoiceProps) {
  const { t } = useTranslation()
  const id = useId()
  const name = `${id}-field`
  return (
    <fieldset
      className={error ? 'field-choice field--invalid' : 'field-choice'}
      aria-describedby={error ? `${id}-error` : `${id}-hint`}
    >
      <legend>{t('measure.fieldOfAction')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('proposal.fieldHint')}
      </p>
      <div className="field-choice__options">
        {FIELDS_OF_ACTION.map((field) => {
          const Picture = PICTURES[field]
          return (
            <label key={field} className={`field-choice__option sector--${field}`}>
              <input
                type="radio"
                name={name}
                value={field}
                checked={value === field}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(field)}
              />
              <Picture aria-hidden="true" size={26} className="field-choice__picture" />
              <span>{t(`enums.fieldOfAction.${field}`)}</span>
            </label>
          )
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
