import {
  EMISSION_SECTORS,
  MAX_RESIDUAL_PCT,
  planFiguresSchema,
  residualPct,
  setPlanFigures,
} from '@pactboard/shared'
import { type FormEvent, useEffect, useId, useState } from 'react'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { TextField } from '../../ui/Field.tsx'
import { errorsFromIssues, type FieldErrors } from '../../ui/fieldErrors.ts'
import {
  draftOf,
  FIELD_KEYS,
  type FiguresDraft,
  sectorFieldKey,
  toFigures,
} from './figuresDraft.ts'
import { MilestonesField } from './MilestonesField.tsx'
import { SectorInventoryTable } from './SectorInventoryTable.tsx'
import { usePlanFigures } from './usePlanFigures.ts'

interface PlanFiguresFormProps {
  plan: Y.Doc
  canWrite: boolean
}

function validate(draft: FiguresDraft): FieldErrors {
  const figures = toFigures(draft)
  const parsed = planFiguresSchema.safeParse(figures)
  if (parsed.success) return {}
  const errors = errorsFromIssues(parsed.error.issues)
  // The schema checks the years' order only once every other field is valid; say it at once.
  const { baselineYear } = figures.baseline
  const { targetYear } = figures.target
  const yearsValid = !errors[FIELD_KEYS.baselineYear] && !errors[FIELD_KEYS.targetYear]
  if (yearsValid && targetYear <= baselineYear) {
    errors[FIELD_KEYS.targetYear] = { key: 'plan.figures.targetAfterBaseline' }
  }
  for (const [key, message] of Object.entries(errors)) {
    if (/^target\.milestones\.\d+\.year$/.test(key) && message.key === 'errors.invalid') {
      errors[key] = { key: 'plan.figures.milestoneBetween' }
    }
  }
  return errors
}

/** Baseline inventory (GPC sectors × scopes), BAU and the reduction target (DESIGN §2). */
export function PlanFiguresForm({ plan, canWrite }: PlanFiguresFormProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const figures = usePlanFigures(plan)
  const [draft, setDraft] = useState(() => draftOf(figures))
  const [dirty, setDirty] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState(false)

  // Someone else's save shows at once, unless this planner is in the middle of an edit.
  useEffect(() => {
    if (!dirty) setDraft(draftOf(figures))
  }, [figures, dirty])

  const update = (change: (d: FiguresDraft) => FiguresDraft) => {
    setDraft(change)
    setDirty(true)
    setSaved(false)
  }
  const errorOf = (key: string) => {
    const message = errors[key]
    return message ? t(message.key, message.values) : undefined
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validate(draft)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0]
      document.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus()
      return
    }
    setPlanFigures(plan, toFigures(draft))
    setDirty(false)
    setSaved(true)
  }

  const reductionPct = Number(draft.reductionPct)
  const residual = Number.isFinite(reductionPct) ? residualPct({ targetYear: 0, reductionPct }) : 0
  const errorCount = Object.keys(errors).length

  if (!canWrite && figures === null) {
    return (
      <section className="panel plan-figures" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('plan.figures.heading')}</h3>
        <p className="board__empty">{t('plan.figures.none')}</p>
      </section>
    )
  }

  return (
    <section className="panel plan-figures" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.figures.heading')}</h3>
      <form noValidate onSubmit={handleSubmit} className="form">
        <fieldset disabled={!canWrite} className="plan-figures__fieldset">
          <legend className="visually-hidden">{t('plan.figures.heading')}</legend>
          {errorCount > 0 ? (
            <p role="alert" className="form__error">
              {t('measure.fixErrors', { count: errorCount })}
            </p>
          ) : null}
          <div className="field-row">
            <TextField
              label={t('plan.figures.baselineYear')}
              inputMode="numeric"
              data-field={FIELD_KEYS.baselineYear}
              value={draft.baselineYear}
              error={errorOf(FIELD_KEYS.baselineYear)}
              onChange={(e) => update((d) => ({ ...d, baselineYear: e.target.value }))}
            />
            <TextField
              label={t('plan.figures.targetYear')}
              inputMode="numeric"
              data-field={FIELD_KEYS.targetYear}
              value={draft.targetYear}
              error={errorOf(FIELD_KEYS.targetYear)}
              onChange={(e) => update((d) => ({ ...d, targetYear: e.target.value }))}
            />
            <TextField
              label={t('plan.figures.reductionPct')}
              hint={t('plan.figures.reductionPctHint')}
              inputMode="decimal"
              data-field={FIELD_KEYS.reductionPct}
              value={draft.reductionPct}
              error={errorOf(FIELD_KEYS.reductionPct)}
              onChange={(e) => update((d) => ({ ...d, reductionPct: e.target.value }))}
            />
          </div>
          <p className="field__hint">{t('plan.figures.netZeroHint')}</p>
          <div className="field-row">
            <TextField
              label={t('plan.figures.referenceYear')}
              hint={t('plan.figures.referenceHint')}
              inputMode="numeric"
              data-field={FIELD_KEYS.referenceYear}
              value={draft.referenceYear}
              error={errorOf(FIELD_KEYS.referenceYear)}
              onChange={(e) => update((d) => ({ ...d, referenceYear: e.target.value }))}
            />
            <TextField
              label={t('plan.figures.referenceTCO2e')}
              inputMode="decimal"
              data-field={FIELD_KEYS.referenceTCO2e}
              value={draft.referenceTCO2e}
              error={errorOf(FIELD_KEYS.referenceTCO2e)}
              onChange={(e) => update((d) => ({ ...d, referenceTCO2e: e.target.value }))}
            />
          </div>
          <MilestonesField
            milestones={draft.milestones}
            onChange={(milestones) => update((d) => ({ ...d, milestones }))}
            errorOf={errorOf}
            baselineYear={draft.baselineYear}
            targetYear={draft.targetYear}
          />
          {residual > MAX_RESIDUAL_PCT ? (
            <p className="notice notice--warning" role="status">
              {t('plan.figures.residualWarning', { residual, max: MAX_RESIDUAL_PCT })}
            </p>
          ) : null}
          <SectorInventoryTable
            sectors={EMISSION_SECTORS}
            draft={draft}
            errorOf={(sector, scope) => errorOf(sectorFieldKey(sector, scope))}
            onChange={(sector, scope, value) =>
              update((d) => ({
                ...d,
                sectors: { ...d.sectors, [sector]: { ...d.sectors[sector], [scope]: value } },
              }))
            }
          />
          <TextField
            label={t('plan.figures.bau')}
            hint={t('plan.figures.bauHint')}
            inputMode="decimal"
            data-field={FIELD_KEYS.bauTargetYear}
            value={draft.bauTargetYear}
            error={errorOf(FIELD_KEYS.bauTargetYear)}
            onChange={(e) => update((d) => ({ ...d, bauTargetYear: e.target.value }))}
          />
          {canWrite ? (
            <div className="inline-actions">
              <button type="submit" className="button button--primary">
                {t('plan.figures.save')}
              </button>
              <span role="status" className="plan-figures__saved">
                {saved ? t('plan.figures.saved') : ''}
              </span>
            </div>
          ) : null}
        </fieldset>
      </form>
    </section>
  )
}
