import { useTranslation } from '../../i18n/useTranslation.tsx'
import { TextField } from '../../ui/Field.tsx'
import { type MilestoneDraft, milestoneFieldKey, newMilestoneKey } from './figuresDraft.ts'

/**
 * The milestones on the way to the target ("−40 % by 2030"), each a year and a reduction against
 * the reference year; 100 % is net zero. The row's number is in each label.
 */
interface MilestonesFieldProps {
  milestones: readonly MilestoneDraft[]
  onChange: (milestones: MilestoneDraft[]) => void
  errorOf: (key: string) => string | undefined
  /** A new row starts between the baseline year and the target year. */
  baselineYear: string
  targetYear: string
}

export function MilestonesField(props: MilestonesFieldProps) {
  const { milestones, onChange, errorOf } = props
  const { t } = useTranslation()
  const set = (index: number, patch: Partial<MilestoneDraft>) =>
    onChange(milestones.map((m, i) => (i === index ? { ...m, ...patch } : m)))
  const add = () => {
    const years = milestones.map((m) => Number(m.year)).filter(Number.isInteger)
    const from = years.length > 0 ? Math.max(...years) : Number(props.baselineYear)
    const to = Number(props.targetYear)
    const year = Number.isInteger(from) && Number.isInteger(to) ? Math.round((from + to) / 2) : ''
    onChange([...milestones, { key: newMilestoneKey(), year: String(year), reductionPct: '' }])
  }
  return (
    <fieldset className="year-amounts">
      <legend>{t('plan.figures.milestones')}</legend>
      <p className="field__hint">{t('plan.figures.milestonesHint')}</p>
      {milestones.length > 0 ? (
        <ol className="year-amounts__rows">
          {milestones.map((m, index) => {
            const n = index + 1
            return (
              <li key={m.key} className="year-amounts__row">
                <TextField
                  label={t('plan.figures.milestoneYear', { n })}
                  inputMode="numeric"
                  data-field={milestoneFieldKey(index, 'year')}
                  value={m.year}
                  error={errorOf(milestoneFieldKey(index, 'year'))}
                  onChange={(e) => set(index, { year: e.target.value })}
                />
                <TextField
                  label={t('plan.figures.milestoneReduction', { n })}
                  inputMode="decimal"
                  data-field={milestoneFieldKey(index, 'reductionPct')}
                  value={m.reductionPct}
                  error={errorOf(milestoneFieldKey(index, 'reductionPct'))}
                  onChange={(e) => set(index, { reductionPct: e.target.value })}
                />
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => onChange(milestones.filter((_, i) => i !== index))}
                >
                  {t('plan.figures.removeMilestone', { n })}
                </button>
              </li>
            )
          })}
        </ol>
      ) : null}
      <button type="button" className="button button--small" onClick={add}>
        {t('plan.figures.addMilestone')}
      </button>
    </fieldset>
  )
}
