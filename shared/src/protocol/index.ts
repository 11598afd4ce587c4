// What crosses the wire: close and error codes, join codes, presence, the API's shapes.
// Re-exported whole by the package's face (src/index.ts).

export type { AccessibilityStatementResponse } from './accessibilityApi.ts'
export type {
  AddOrganisationResponse,
  CreateInviteRequest,
  CreateInviteResponse,
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  GetWorkshopResponse,
  InviteInfo,
  JoinLanguagesRequest,
  JoinLanguagesResponse,
  JoinRequest,
  JoinResponse,
  ListInvitesResponse,
  OrganisationResponse,
  RemoveParticipantResponse,
  RevokeInviteResponse,
  TokenClaims,
  UpdateWorkshopRequest,
} from './api.ts'
export {
  createInviteRequestSchema,
  createWorkshopRequestSchema,
  joinLanguagesRequestSchema,
  joinRequestSchema,
  updateWorkshopRequestSchema,
} from './api.ts'
export type {
  BringableMeasure,
  BringInRequest,
  BringInResponse,
  CandidateResponse,
  FollowedProposalsResponse,
  FollowLinkResponse,
  ListCandidatesResponse,
  MergeCandidateRequest,
  MergeCandidateResponse,
  MyProposal,
  MyProposalsResponse,
  ProposalOutcome,
  WorkshopMeasuresResponse,
} from './candidatesApi.ts'
export { bringInRequestSchema, mergeCandidateRequestSchema } from './candidatesApi.ts'
export type { CloseCode, CloseReason } from './closeCodes.ts'
export { CLOSE_CODES, isFinalCloseCode } from './closeCodes.ts'
export type { ApiErrorBody, ErrorCode } from './errorCodes.ts'
export { ERROR_CODES } from './errorCodes.ts'
export {
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  makeJoinCode,
  normalizeJoinCode,
} from './joinCode.ts'
export type {
  CopyLibraryMeasureRequest,
  CopyLibraryMeasureResponse,
  ExportLibraryRequest,
  ImportLibraryResponse,
  LibraryMeasureFilter,
  LibraryMeasuresResponse,
  ListLibrariesResponse,
} from './librariesApi.ts'
export {
  copyLibraryMeasureRequestSchema,
  exportLibraryRequestSchema,
  libraryMeasureFilterSchema,
} from './librariesApi.ts'
export type {
  ListOrganisationsResponse,
  OrganisationInviteRequest,
  OrganisationInviteResponse,
} from './organisationsApi.ts'
export { organisationInviteRequestSchema } from './organisationsApi.ts'
export type {
  CommitmentResponse,
  ExportFormat,
  ListVersionsResponse,
  PlanVersion,
  ProseMirrorJSON,
  RestoreVersionResponse,
  SaveVersionRequest,
  SaveVersionResponse,
  VersionContentResponse,
} from './planApi.ts'
export { EXPORT_FORMATS, saveVersionRequestSchema } from './planApi.ts'
export type { PresenceState } from './presence.ts'
export { peopleHere, presenceStateSchema } from './presence.ts'
export type {
  DeleteWorkshopResponse,
  ErasePersonResponse,
  PrivacyNoticeResponse,
} from './privacyApi.ts'
export { privacyNoticeResponseSchema } from './privacyApi.ts'
export type {
  PublicationRequest,
  PublicationResponse,
  PublicCommitment,
  PublicInvestment,
  PublicMeasure,
  PublicPathway,
  PublicPlan,
  PublicPlanSection,
  PublicPlanText,
} from './publicationApi.ts'
export { RECONNECT_MAX_BACKOFF_MS, reconnectDelayMs } from './reconnect.ts'
export type { Refusal } from './refusals.ts'
export { parseRefusal, refusalMessage } from './refusals.ts'
export type { ServerTimeResponse } from './time.ts'
export { estimateClockOffsetMs } from './time.ts'
export type {
  CastVoteRequest,
  HideRequest,
  MergeRequest,
  ModerationLogResponse,
  ModerationResponse,
  MyVotesResponse,
  PreModerationRequest,
  ReportRequest,
  RevealResultsRequest,
  RevealResultsResponse,
  VoteResponse,
} from './workshopApi.ts'
export {
  castVoteRequestSchema,
  hideRequestSchema,
  mergeRequestSchema,
  preModerationRequestSchema,
  reportRequestSchema,
  revealResultsRequestSchema,
  VOTE_REFUSAL_ERRORS,
} from './workshopApi.ts'
export type {
  AccountLinkPurpose,
  AccountLinkRequest,
  AccountLinkResponse,
  AddStaffRequest,
  AddStaffResponse,
  ListWorkspaceWorkshopsResponse,
  OpenWorkshopResponse,
  SessionResponse,
  SetPasswordRequest,
  SignInRequest,
  WorkspaceWorkshop,
} from './workspaceApi.ts'
export {
  ACCOUNT_LINK_PURPOSES,
  accountLinkRequestSchema,
  addStaffRequestSchema,
  setPasswordRequestSchema,
  signInRequestSchema,
} from './workspaceApi.ts'
