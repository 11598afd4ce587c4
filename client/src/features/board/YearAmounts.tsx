import { TextField } from '../../ui/Field.tsx'
import { newYearKey, type YearDraft } from './measureDraft.ts'

/**
 * An amount per year (capex, opex, a funding line), rows added and removed. Each row's fields
 * carry the row's number in their label, so a screen reader tells "Capex 2: year" from "Capex 1:
 * year"; the list's own error (a year twice) shows under the legend.
 */

interface YearAmountsProps {
  legend: string
  hint?: string
  entries: readonly YearDraft[]
  onChange: (entries: YearDraft[]) => void
  /** The row's labels, by its number. */
  labels: {
    year: (n: number) => string
    amount: (n: number) => string
    remove: (n: number) => string
    add: string
  }
  /** The schema's path of the list, e.g. "cost.capexByYear". */
  errorKey: string
  error: (field: string) => string | undefined
  /** A cost may be negative (an opex saving); capex and funding may not. */
  allowNegative?: boolean
  /** The year a first row starts with (the measure's start year, else this year). */
  firstYear: number
}

export function YearAmounts(props: YearAmountsProps) {
  const { legend, hint, entries, onChange, labels, errorKey, error, allowNegative } = props
  const listError = error(errorKey)
  const set = (index: number, patch: Partial<YearDraft>) =>
    onChange(entries.map((e, i) => (i === index ? { ...e, ...patch } : e)))
  const add = () => {
    const years = entries.map((e) => Number(e.year)).filter(Number.isInteger)
    const year = years.length > 0 ? Math.max(...years) + 1 : props.firstYear
    onChange([...entries, { key: newYearKey(), year: String(year), eur: '' }])
  }
  return (
    <fieldset className="year-amounts">
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {listError ? <p className="field__error">{listError}</p> : null}
      {entries.length > 0 ? (
        <ol className="year-amounts__rows">
          {entries.map((entry, index) => {
            const n = index + 1
            return (
              <li key={entry.key} className="year-amounts__row">
                <TextField
                  label={labels.year(n)}
                  error={error(`${errorKey}.${index}.year`)}
                  type="number"
                  inputMode="numeric"
                  min={1990}
                  max={2100}
                  step={1}
                  value={entry.year}
                  onChange={(e) => set(index, { year: e.target.value })}
                />
                <TextField
                  label={labels.amount(n)}
                  error={error(`${errorKey}.${index}.eur`)}
                  type="number"
                  inputMode="decimal"
                  min={allowNegative ? undefined : 0}
                  step="any"
                  value={entry.eur}
                  onChange={(e) => set(index, { eur: e.target.value })}
                />
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => onChange(entries.filter((_, i) => i !== index))}
                >
                  {labels.remove(n)}
                </button>
              </li>
            )
          })}
        </ol>
      ) : null}
      <button type="button" className="button button--small" onClick={add}>
        {labels.add}
      </button>
    </fieldset>
  )
}
