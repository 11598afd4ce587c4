import type { Actor } from '@pactboard/shared'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { SelectField } from '../../ui/Field.tsx'
import type { DraftFieldsProps, ResponsibleRole } from './measureDraft.ts'

interface ResponsibleActorsFieldProps extends DraftFieldsProps {
  actors: readonly Actor[]
}

/** For each organisation on the board: not responsible, primary or collaborator. */
export function ResponsibleActorsField({
  draft,
  update,
  error,
  actors,
}: ResponsibleActorsFieldProps) {
  const { t } = useTranslation()
  const options = [
    { value: '', label: t('measure.responsibleNone') },
    { value: 'primary', label: t('measure.responsiblePrimary') },
    { value: 'collaborator', label: t('measure.responsibleCollaborator') },
  ]
  const setRole = (actorId: string, role: string) => {
    const { [actorId]: _previous, ...rest } = draft.responsibleActors
    update({
      responsibleActors: role ? { ...rest, [actorId]: role as ResponsibleRole } : rest,
    })
  }
  const message = error('responsibleActors')
  return (
    <fieldset className="responsible">
      <legend>{t('measure.responsibleActors')}</legend>
      {actors.length === 0 ? <p className="field__hint">{t('measure.noActors')}</p> : null}
      {actors.map((actor) => (
        <SelectField
          key={actor.id}
          label={t('measure.responsibleRoleOf', { name: actor.name })}
          options={options}
          value={draft.responsibleActors[actor.id] ?? ''}
          onChange={(e) => setRole(actor.id, e.target.value)}
        />
      ))}
      {message ? <p className="field__error">{message}</p> : null}
    </fieldset>
  )
}
