import { MAX_VOTE_BUDGET } from '@pactboard/shared'
import { useState } from 'react'
import { TextField } from '../../ui/Field.tsx'

interface DotsFieldProps {
  label: string
  value: number
  onChange: (value: number) => void
}

function parseDots(text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null
  const value = Number(text)
  return value >= 1 && value <= MAX_VOTE_BUDGET ? value : null
}

/**
 * A number of dots the facilitator sets: written to the doc as soon as it is valid, so every
 * screen follows while they type; what is half typed (empty, 0) stays in the field until blur.
 */
export function DotsField({ label, value, onChange }: DotsFieldProps) {
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <TextField
      label={label}
      type="number"
      inputMode="numeric"
      min={1}
      max={MAX_VOTE_BUDGET}
      value={draft ?? String(value)}
      onChange={(event) => {
        setDraft(event.target.value)
        const parsed = parseDots(event.target.value)
        if (parsed !== null && parsed !== value) onChange(parsed)
      }}
      onBlur={() => setDraft(null)}
    />
  )
}
