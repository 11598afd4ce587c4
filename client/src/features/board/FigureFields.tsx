import { EMISSION_SECTORS, SYSTEMIC_LEVERS } from '@pactboard/shared'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx'
import { TextField } from '../../ui/Field.tsx'
import { type DraftFieldsProps, draftYearsTotal } from './measureDraft.ts'

/** The measure's main figures: levers, the sectors it reduces and by how much, the investment. */
export function FigureFields({ draft, update, error }: DraftFieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <CheckboxGroup
        legend={t('measure.systemicLevers')}
        error={error('systemicLevers')}
        options={SYSTEMIC_LEVERS.map((l) => ({ value: l, label: t(`enums.systemicLever.${l}`) }))}
        value={draft.systemicLevers}
        onChange={(systemicLevers) => update({ systemicLevers })}
      />
      <CheckboxGroup
        legend={t('measure.emissionSectors')}
        error={error('emissionSectors')}
        options={EMISSION_SECTORS.map((s) => ({ value: s, label: t(`enums.emissionSector.${s}`) }))}
        value={draft.emissionSectors}
        onChange={(emissionSectors) => update({ emissionSectors })}
      />
      {draft.emissionSectors.length === 0 ? (
        <p className="field__hint">{t('measure.pickSectorHint')}</p>
      ) : (
        <div className="field-row">
          {draft.emissionSectors.map((sector) => (
            <TextField
              key={sector}
              label={t('measure.reductionIn', { sector: t(`enums.emissionSector.${sector}`) })}
              error={error(`reduction.tCO2ePerYearBySector.${sector}`)}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              value={draft.reductionBySector[sector] ?? ''}
              onChange={(e) =>
                update({
                  reductionBySector: { ...draft.reductionBySector, [sector]: e.target.value },
                })
              }
            />
          ))}
        </div>
      )}
      {draft.capexByYear.length > 0 ? (
        <TextField
          label={t('measure.capexEur')}
          hint={t('measure.capexFromYears')}
          type="number"
          readOnly
          value={String(draftYearsTotal(draft.capexByYear))}
        />
      ) : (
        <TextField
          label={t('measure.capexEur')}
          hint={t('measure.capexHint')}
          error={error('cost.capexEur')}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={draft.capexEur}
          onChange={(e) => update({ capexEur: e.target.value })}
        />
      )}
    </>
  )
}
