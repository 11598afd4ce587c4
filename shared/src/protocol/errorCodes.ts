/** Stable error codes of the HTTP API: `{ error: { code, message } }` with this status. */
export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  /** [W15] The file is no measure library this server reads: its issues say where. */
  LIBRARY_INVALID: 400,
  UNAUTHORIZED: 401,
  /** A valid token whose participant a facilitator removed; 401 like any refused token. */
  PARTICIPANT_REMOVED: 401,
  /** No staff session: never signed in, signed out, expired, or a cookie the server never made. */
  NOT_SIGNED_IN: 401,
  /** Wrong email or password; never says which. */
  SIGN_IN_FAILED: 401,
  FORBIDDEN: 403,
  /** Joining by code while the facilitator has closed joining. */
  JOIN_LOCKED: 403,
  /** Joining with an invite link a facilitator has revoked. */
  INVITE_REVOKED: 403,
  /** The current phase does not allow it (a vote outside a vote phase). */
  PHASE_CLOSED: 403,
  /** A vote on one's own proposal while the facilitator excludes them. */
  OWN_MEASURE: 403,
  WORKSHOP_NOT_FOUND: 404,
  JOIN_CODE_UNKNOWN: 404,
  /** [W7] No such candidate in the session's workspace (another workspace's reads as none). */
  CANDIDATE_NOT_FOUND: 404,
  /** [W18] No such library, or measure of it, in the session's workspace (another's reads as none). */
  LIBRARY_NOT_FOUND: 404,
  /** [W20] No such organisation in the session's workspace (another workspace's reads as none). */
  ORGANISATION_NOT_FOUND: 404,
  NOT_FOUND: 404,
  /** An administrator's link that expired, was used, or lost its account or workspace. */
  ACCOUNT_LINK_INVALID: 410,
  /** Another account already has this email. */
  EMAIL_TAKEN: 409,
  /** [W9] The candidate was merged into another: it takes no status and no merge of its own. */
  CANDIDATE_MERGED: 409,
  /** The card is hidden, merged, withdrawn or waiting for approval. */
  MEASURE_UNAVAILABLE: 409,
  VOTE_BUDGET_SPENT: 409,
  VOTE_LIMIT_REACHED: 409,
  NO_VOTE_TO_WITHDRAW: 409,
  /** [P25] [W20] An organisation of that name or number is already in the workshop or workspace. */
  ORGANISATION_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const
export type ErrorCode = keyof typeof ERROR_CODES

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; issues?: { path: string; message: string }[] }
}
