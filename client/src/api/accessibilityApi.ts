import type { AccessibilityStatementResponse } from '@pactboard/shared'
import { request } from './http.ts'

/** Where this deployment takes reports of accessibility barriers; no token needed. */
export function fetchAccessibilityStatement(): Promise<AccessibilityStatementResponse> {
  return request('/api/accessibility', { method: 'GET' })
}
