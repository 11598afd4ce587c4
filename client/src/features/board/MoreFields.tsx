import {
  ACTION_TYPES,
  type ActionType,
  type Actor,
  CO_BENEFITS,
  CONFIDENCE_LEVELS,
  type Confidence,
} from '@pactboard/shared'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx'
import { Disclosure } from '../../ui/Disclosure.tsx'
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx'
import { FundingLines } from './FundingLines.tsx'
import { type DraftFieldsProps, firstYearOf } from './measureDraft.ts'
import { ResponsibleActorsField } from './ResponsibleActorsField.tsx'
import { YearAmounts } from './YearAmounts.tsx'

interface MoreFieldsProps extends DraftFieldsProps {
  actors: readonly Actor[]
  /** Field keys with an error: a section holding one opens. */
  invalidFields: readonly string[]
  /** How many times the form was submitted; see Disclosure's openSignal. */
  attempt: number
}

const has = (fields: readonly string[], ...prefixes: string[]) =>
  fields.some((f) => prefixes.some((p) => f === p || f.startsWith(`${p}.`)))

/** The rest of the CCC action outline, in collapsible sections. */
export function MoreFields(props: MoreFieldsProps) {
  const { draft, update, error, actors, invalidFields, attempt } = props
  const signal = (...prefixes: string[]) => (has(invalidFields, ...prefixes) ? attempt : null)
  const { t } = useTranslation()
  const year = { type: 'number', inputMode: 'numeric', min: 1990, max: 2100, step: 1 } as const
  return (
    <>
      <Disclosure
        summary={t('measure.sections.typeAndTimeline')}
        openSignal={signal('actionType', 'timeline')}
      >
        <SelectField
          label={t('measure.actionType')}
          error={error('actionType')}
          options={ACTION_TYPES.map((v) => ({ value: v, label: t(`enums.actionType.${v}`) }))}
          value={draft.actionType}
          onChange={(e) => update({ actionType: e.target.value as ActionType })}
        />
        <div className="field-row">
          <TextField
            label={t('measure.startYear')}
            error={error('timeline.startYear')}
            {...year}
            value={draft.startYear}
            onChange={(e) => update({ startYear: e.target.value })}
          />
          <TextField
            label={t('measure.endYear')}
            error={error('timeline.endYear')}
            {...year}
            value={draft.endYear}
            onChange={(e) => update({ endYear: e.target.value })}
          />
        </div>
      </Disclosure>
      <Disclosure
        summary={t('measure.sections.reduction')}
        openSignal={signal('reduction.firstYear', 'reduction.rampUpYears', 'reduction.method')}
      >
        <div className="field-row">
          <TextField
            label={t('measure.firstYear')}
            error={error('reduction.firstYear')}
            {...year}
            value={draft.firstYear}
            onChange={(e) => update({ firstYear: e.target.value })}
          />
          <TextField
            label={t('measure.rampUpYears')}
            error={error('reduction.rampUpYears')}
            type="number"
            inputMode="numeric"
            min={0}
            max={50}
            step={1}
            value={draft.rampUpYears}
            onChange={(e) => update({ rampUpYears: e.target.value })}
          />
        </div>
        <SelectField
          label={t('measure.confidence')}
          options={CONFIDENCE_LEVELS.map((v) => ({ value: v, label: t(`enums.confidence.${v}`) }))}
          value={draft.confidence}
          onChange={(e) => update({ confidence: e.target.value as Confidence })}
        />
        <TextAreaField
          label={t('measure.method')}
          hint={t('measure.methodHint')}
          error={error('reduction.method')}
          value={draft.method}
          onChange={(e) => update({ method: e.target.value })}
          rows={2}
        />
      </Disclosure>
      <Disclosure
        summary={t('measure.sections.cost')}
        openSignal={signal(
          'cost.opexEurPerYear',
          'cost.funding',
          'cost.capexByYear',
          'cost.opexByYear',
        )}
      >
        <YearAmounts
          legend={t('measure.capexByYear')}
          hint={t('measure.capexByYearHint')}
          entries={draft.capexByYear}
          onChange={(capexByYear) => update({ capexByYear })}
          labels={{
            year: (n) => t('measure.capexYear', { n }),
            amount: (n) => t('measure.capexYearAmount', { n }),
            remove: (n) => t('measure.removeCapexYear', { n }),
            add: t('measure.addCapexYear'),
          }}
          errorKey="cost.capexByYear"
          error={error}
          firstYear={firstYearOf(draft.startYear)}
        />
        <TextField
          label={t('measure.opexEurPerYear')}
          hint={t('measure.opexHint')}
          error={error('cost.opexEurPerYear')}
          type="number"
          inputMode="decimal"
          step="any"
          value={draft.opexEurPerYear}
          onChange={(e) => update({ opexEurPerYear: e.target.value })}
        />
        <YearAmounts
          legend={t('measure.opexByYear')}
          hint={t('measure.opexByYearHint')}
          entries={draft.opexByYear}
          onChange={(opexByYear) => update({ opexByYear })}
          labels={{
            year: (n) => t('measure.opexYear', { n }),
            amount: (n) => t('measure.opexYearAmount', { n }),
            remove: (n) => t('measure.removeOpexYear', { n }),
            add: t('measure.addOpexYear'),
          }}
          errorKey="cost.opexByYear"
          error={error}
          allowNegative
          firstYear={firstYearOf(draft.startYear)}
        />
        <FundingLines draft={draft} update={update} error={error} />
      </Disclosure>
      <Disclosure summary={t('measure.sections.coBenefits')} openSignal={signal('coBenefits')}>
        <CheckboxGroup
          legend={t('measure.coBenefits')}
          error={error('coBenefits')}
          options={CO_BENEFITS.map((v) => ({ value: v, label: t(`enums.coBenefit.${v}`) }))}
          value={draft.coBenefits}
          onChange={(coBenefits) => update({ coBenefits })}
        />
      </Disclosure>
      <Disclosure
        summary={t('measure.sections.people')}
        openSignal={signal('responsibleActors', 'involvedStakeholders', 'tags')}
      >
        <ResponsibleActorsField draft={draft} update={update} error={error} actors={actors} />
        <TextAreaField
          label={t('measure.involvedStakeholders')}
          hint={t('measure.involvedStakeholdersHint')}
          error={error('involvedStakeholders')}
          value={draft.involvedStakeholders}
          onChange={(e) => update({ involvedStakeholders: e.target.value })}
          rows={3}
        />
        <TextField
          label={t('measure.tags')}
          hint={t('measure.tagsHint')}
          error={error('tags')}
          value={draft.tags}
          onChange={(e) => update({ tags: e.target.value })}
        />
      </Disclosure>
    </>
  )
}
