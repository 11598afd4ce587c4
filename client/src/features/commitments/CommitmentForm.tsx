import { type CommitmentInput, commitmentInputSchema } from '@pactboard/shared'
import { type FormEvent, useState } from 'react'
import type * as Y from 'yjs'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { signCommitment } from '../../api/planApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useModeratedMeasures } from '../../sync/useModeratedMeasures.ts'
import { CallError } from '../../ui/CallError.tsx'
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx'
import { errorsFromIssues, type FieldErrors } from '../../ui/fieldErrors.ts'

interface CommitmentFormProps {
  board: Y.Doc
  ledger: Y.Doc
  actorId: string
  api: ApiCaller
}

interface Draft {
  text: string
  measureId: string
  value: string
  unit: string
  year: string
  /** The target's worth in tCO2e a year, when its unit is another one; with how it was reckoned. */
  equivalent: string
  method: string
}

const EMPTY: Draft = {
  text: '',
  measureId: '',
  value: '',
  unit: '',
  year: '',
  equivalent: '',
  method: '',
}

function numberOf(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.')
  return trimmed === '' ? Number.NaN : Number(trimmed)
}

export function toCommitmentInput(actorId: string, draft: Draft): CommitmentInput {
  return {
    actorId,
    measureId: draft.measureId === '' ? null : draft.measureId,
    text: draft.text,
    target: {
      value: numberOf(draft.value),
      unit: draft.unit,
      year: numberOf(draft.year),
      tCO2eEquivalent:
        draft.equivalent.trim() === '' && draft.method.trim() === ''
          ? null
          : { tCO2ePerYear: numberOf(draft.equivalent), method: draft.method },
    },
  }
}

/** An organisation's representative signs a commitment for their organisation. */
export function CommitmentForm({ board, ledger, actorId, api }: CommitmentFormProps) {
  const { t } = useTranslation()
  // Only measures still on the board: not hidden, merged away or withdrawn by their proposer.
  const measures = useModeratedMeasures(board, ledger).filter(
    (m) => m.hidden === null && m.mergedInto === null && m.status !== 'withdrawn',
  )
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [errors, setErrors] = useState<FieldErrors>({})
  const { busy, error: failure, run, retry } = useApiCall()
  const [status, setStatus] = useState('')
  const set = (key: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }))
  const errorOf = (key: string) => {
    const message = errors[key]
    return message ? t(message.key, message.values) : undefined
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = commitmentInputSchema.safeParse(toCommitmentInput(actorId, draft))
    if (!parsed.success) {
      setErrors(errorsFromIssues(parsed.error.issues))
      return
    }
    setErrors({})
    await run(async () => {
      await signCommitment(api, parsed.data)
      setDraft(EMPTY)
      setStatus(t('commitments.signed'))
    })
  }

  return (
    <form className="form commitment-form" noValidate onSubmit={handleSubmit}>
      <h4>{t('commitments.formHeading')}</h4>
      <TextAreaField
        label={t('commitments.text')}
        hint={t('commitments.textHint')}
        rows={3}
        value={draft.text}
        error={errorOf('text')}
        onChange={set('text')}
      />
      <SelectField
        label={t('commitments.measure')}
        value={draft.measureId}
        onChange={set('measureId')}
        options={[
          { value: '', label: t('commitments.noMeasure') },
          ...measures.map((m) => ({ value: m.id, label: m.title })),
        ]}
      />
      <div className="field-row">
        <TextField
          label={t('commitments.targetValue')}
          inputMode="decimal"
          value={draft.value}
          error={errorOf('target.value')}
          onChange={set('value')}
        />
        <TextField
          label={t('commitments.targetUnit')}
          hint={t('commitments.targetUnitHint')}
          value={draft.unit}
          error={errorOf('target.unit')}
          onChange={set('unit')}
        />
        <TextField
          label={t('commitments.targetYear')}
          inputMode="numeric"
          value={draft.year}
          error={errorOf('target.year')}
          onChange={set('year')}
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('commitments.equivalent')}
          hint={t('commitments.equivalentHint')}
          inputMode="decimal"
          value={draft.equivalent}
          error={errorOf('target.tCO2eEquivalent.tCO2ePerYear')}
          onChange={set('equivalent')}
        />
        <TextField
          label={t('commitments.equivalentMethod')}
          hint={t('commitments.equivalentMethodHint')}
          value={draft.method}
          error={errorOf('target.tCO2eEquivalent.method')}
          onChange={set('method')}
        />
      </div>
      <CallError error={failure} onRetry={retry} className="notice notice--error" />
      <div className="inline-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('commitments.sign')}
        </button>
        <span role="status">{status}</span>
      </div>
    </form>
  )
}
