/**
 * `GET /api/accessibility` (no auth): what the accessibility statement says about this
 * deployment (the Web Accessibility Directive asks for a way to report a barrier).
 */
export interface AccessibilityStatementResponse {
  /** Where to report a barrier (an address or a URL), as the deployment sets it; null: ask the facilitator. */
  contact: string | null
}
