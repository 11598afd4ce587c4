import {
  FUNDING_STATUSES,
  FUNDING_TYPES,
  type FundingStatus,
  type FundingType,
} from '@pactboard/shared'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { SelectField, TextField } from '../../ui/Field.tsx'
import {
  type DraftFieldsProps,
  draftYearsTotal,
  type FundingDraft,
  firstYearOf,
  newFundingKey,
} from './measureDraft.ts'
import { YearAmounts } from './YearAmounts.tsx'

/** The investment plan's funding lines: add and remove, each source/type/amount/status. */
export function FundingLines({ draft, update, error }: DraftFieldsProps) {
  const { t } = useTranslation()
  const setLine = (index: number, patch: Partial<FundingDraft>) =>
    update({
      funding: draft.funding.map((line, i) => (i === index ? { ...line, ...patch } : line)),
    })
  const addLine = () =>
    update({
      funding: [
        ...draft.funding,
        {
          key: newFundingKey(),
          source: '',
          type: 'municipal',
          amountEur: '',
          status: 'planned',
          byYear: [],
        },
      ],
    })
  const removeLine = (index: number) =>
    update({ funding: draft.funding.filter((_, i) => i !== index) })

  return (
    <fieldset className="funding">
      <legend>{t('measure.funding')}</legend>
      {draft.funding.length === 0 ? <p className="field__hint">{t('measure.noFunding')}</p> : null}
      <ol className="funding__lines">
        {draft.funding.map((line, index) => {
          const n = index + 1
          return (
            <li key={line.key} className="funding__line">
              <TextField
                label={t('measure.fundingSource', { n })}
                error={error(`cost.funding.${index}.source`)}
                value={line.source}
                onChange={(e) => setLine(index, { source: e.target.value })}
              />
              <SelectField
                label={t('measure.fundingType', { n })}
                options={FUNDING_TYPES.map((v) => ({
                  value: v,
                  label: t(`enums.fundingType.${v}`),
                }))}
                value={line.type}
                onChange={(e) => setLine(index, { type: e.target.value as FundingType })}
              />
              {line.byYear.length > 0 ? (
                <TextField
                  label={t('measure.fundingAmount', { n })}
                  hint={t('measure.fundingFromYears')}
                  type="number"
                  readOnly
                  value={String(draftYearsTotal(line.byYear))}
                />
              ) : (
                <TextField
                  label={t('measure.fundingAmount', { n })}
                  error={error(`cost.funding.${index}.amountEur`)}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  value={line.amountEur}
                  onChange={(e) => setLine(index, { amountEur: e.target.value })}
                />
              )}
              <SelectField
                label={t('measure.fundingStatus', { n })}
                options={FUNDING_STATUSES.map((v) => ({
                  value: v,
                  label: t(`enums.fundingStatus.${v}`),
                }))}
                value={line.status}
                onChange={(e) => setLine(index, { status: e.target.value as FundingStatus })}
              />
              <YearAmounts
                legend={t('measure.fundingByYear', { n })}
                entries={line.byYear}
                onChange={(byYear) => setLine(index, { byYear })}
                labels={{
                  year: (m) => t('measure.fundingYear', { n, m }),
                  amount: (m) => t('measure.fundingYearAmount', { n, m }),
                  remove: (m) => t('measure.removeFundingYear', { n, m }),
                  add: t('measure.addFundingYear', { n }),
                }}
                errorKey={`cost.funding.${index}.byYear`}
                error={error}
                firstYear={firstYearOf(draft.startYear)}
              />
              <button
                type="button"
                className="button button--quiet"
                onClick={() => removeLine(index)}
              >
                {t('measure.removeFunding', { n })}
              </button>
            </li>
          )
        })}
      </ol>
      <button type="button" className="button" onClick={addLine}>
        {t('measure.addFunding')}
      </button>
    </fieldset>
  )
}
