import { type ReactNode, useId } from 'react'

interface RadioGroupProps<T extends string> {
  legend: string
  options: readonly { value: T; label: ReactNode }[]
  value: T | null
  onChange: (value: T) => void
  error?: string | undefined
}

/** One choice among a few, each a labelled radio button; none is chosen for the person. */
export function RadioGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  error,
}: RadioGroupProps<T>) {
  const id = useId()
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
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
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
