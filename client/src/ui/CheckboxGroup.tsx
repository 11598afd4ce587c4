import { type ReactNode, useId } from 'react'

/** A choice: its value, and what its box says (words, or words with a detail beside them). */
export interface CheckboxOption<T extends string> {
  value: T
  label: ReactNode
}

interface CheckboxGroupProps<T extends string> {
  legend: string
  options: readonly CheckboxOption<T>[]
  value: readonly T[]
  onChange: (value: T[]) => void
  error?: string | undefined
}

/** A set of checkboxes for a multi-valued field (an enum, or a list to choose from), kept in the options' order. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  error,
}: CheckboxGroupProps<T>) {
  const id = useId()
  const toggle = (option: T, checked: boolean) => {
    const next = new Set(value)
    if (checked) next.add(option)
    else next.delete(option)
    onChange(options.map((o) => o.value).filter((v) => next.has(v)))
  }
  return (
    <fieldset
      className={error ? 'checkbox-group field--invalid' : 'checkbox-group'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
