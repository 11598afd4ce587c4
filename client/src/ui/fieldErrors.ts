import type { z } from 'zod'

/**
 * Turns the schema's issues into translated, per-field messages. The form knows fields by a
 * key: the issue path joined with dots ("title", "reduction.tCO2ePerYearBySector.transport",
 * "cost.funding.0.source"); list fields typed as one text (tags, stakeholders) and checkbox
 * groups collect their items' issues under their own name.
 */

export interface FieldMessage {
  key: string
  values?: Record<string, number | string>
}

export type FieldErrors = Record<string, FieldMessage>

const WHOLE_FIELD = new Set([
  'tags',
  'involvedStakeholders',
  'systemicLevers',
  'emissionSectors',
  'coBenefits',
  'responsibleActors',
])

export function fieldKeyOf(path: readonly PropertyKey[]): string {
  const head = String(path[0] ?? '')
  if (WHOLE_FIELD.has(head)) return head
  return path.map(String).join('.')
}

export function messageOf(issue: z.core.$ZodIssue): FieldMessage {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { key: 'errors.required' }
          : { key: 'errors.tooShort', values: { minimum: Number(issue.minimum) } }
      }
      if (issue.origin === 'number') {
        return { key: 'errors.tooSmall', values: { minimum: Number(issue.minimum) } }
      }
      return { key: 'errors.invalid' }
    case 'too_big':
      if (issue.origin === 'string') {
        return { key: 'errors.tooLong', values: { maximum: Number(issue.maximum) } }
      }
      if (issue.origin === 'number') {
        return { key: 'errors.tooBig', values: { maximum: Number(issue.maximum) } }
      }
      return { key: 'errors.tooMany', values: { maximum: Number(issue.maximum) } }
    case 'invalid_type':
      if (issue.expected === 'int') return { key: 'errors.wholeNumber' }
      if (issue.expected === 'number') return { key: 'errors.notANumber' }
      return { key: 'errors.invalid' }
    case 'invalid_value':
      return { key: 'errors.invalidChoice' }
    case 'custom':
      if (fieldKeyOf(issue.path) === 'timeline.endYear') return { key: 'errors.endBeforeStart' }
      // the form writes a total as its years' sum, so a list's own issue is a year given twice
      if (/(^|\.)(capexByYear|opexByYear|byYear)$/.test(fieldKeyOf(issue.path))) {
        return { key: 'errors.yearTwice' }
      }
      return { key: 'errors.invalid' }
    default:
      return { key: 'errors.invalid' }
  }
}

/** The first issue of each field wins: one clear message per field. */
export function errorsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const field = fieldKeyOf(issue.path)
    errors[field] ??= messageOf(issue)
  }
  return errors
}
