// The public face of @pactboard/shared: the domain, the doc schemas and the protocol.
// Two heavier faces stand apart so that a screen that needs neither does not load Tiptap:
// `@pactboard/shared/editor` (the plan document's schema) and `@pactboard/shared/plan` (the
// export model, server-side).

export type { NewMeasure } from './docs/board.ts'
export {
  addActor,
  addMeasure,
  clearResponsiblePerson,
  deleteMeasure,
  getActor,
  getMeasure,
  listActors,
  listMeasures,
  measureProposers,
  observeActors,
  observeMeasureIds,
  observeMeasures,
  restoreActor,
  restoreMeasure,
  setMeasureStatus,
  updateActor,
  updateMeasure,
  withdrawMeasure,
} from './docs/board.ts'
export type { BoardPhase, BoardRefusal, BoardWriter } from './docs/boardRules.ts'
export {
  boardChangeRefusal,
  MAX_COMMENTS_PER_PERSON,
  MAX_MEASURES_PER_PERSON,
} from './docs/boardRules.ts'
export type {
  AgendaState,
  ControlState,
  FollowRequest,
  NewPhase,
  PhasePatch,
  ServerOnlyControlKey,
  SilentMode,
} from './docs/control.ts'
export {
  addPhase,
  addTime,
  allowsOf,
  areResultsRevealed,
  bringEveryoneHere,
  currentAllows,
  editPhase,
  getAgendaState,
  getControlState,
  getSilentMode,
  getTimer,
  getVotingSettings,
  isAgendaSeeded,
  listPhases,
  movePhase,
  nextPhaseId,
  observeAgenda,
  observeControl,
  pauseTimer,
  previousPhaseId,
  resetTimer,
  revealSilentProposals,
  SERVER_ONLY_CONTROL_KEYS,
  seedAgenda,
  setBoardLocked,
  setCurrentPhase,
  setPhase,
  setResultsRevealed,
  setVotingSettings,
  skipPhase,
  startSilentMode,
  startTimer,
} from './docs/control.ts'
export type { NewComment, ReactionInput } from './docs/discussion.ts'
export {
  addComment,
  commentsByMeasure,
  deleteComment,
  editComment,
  emptyReactionCounts,
  getComment,
  listAllComments,
  listComments,
  listReactions,
  moveDiscussion,
  observeComments,
  observeReactions,
  reactionCounts,
  reactionsByMeasure,
  removeCommentsBy,
  restoreComment,
  restoreReaction,
  toggleReaction,
} from './docs/discussion.ts'
export type {
  DocChange,
  DocLayout,
  EntryChange,
  EntryChangeKind,
  RootKind,
} from './docs/docChange.ts'
export { instantiateLayout, readDocChange } from './docs/docChange.ts'
export { DOC_LAYOUTS } from './docs/docLayouts.ts'
export type { DocName } from './docs/docNames.ts'
export { DOC_NAMES, isDocName } from './docs/docNames.ts'
export type { Erasure } from './docs/ledger.ts'
export {
  areVoteTotalsPublished,
  clearLegacyVotes,
  getCommitment,
  getJoinLockedMirror,
  getParticipant,
  listCommitments,
  listParticipants,
  markParticipantErased,
  markParticipantRemoved,
  mirrorJoinLocked,
  observeCommitments,
  observeLedgerSettings,
  observeParticipants,
  observePublishedVoteTotals,
  participantNumber,
  publishedVoteTotals,
  readLegacyVotes,
  recordCommitment,
  registerParticipant,
  setPublishedVoteTotals,
  withdrawCommitment,
} from './docs/ledger.ts'
export type { Moderator } from './docs/moderation.ts'
export {
  approveMeasure,
  clearReportReasonsBy,
  getModeration,
  getModerationRecord,
  hideMeasure,
  isPreModerationOn,
  listModerationLog,
  mergeMeasure,
  observeModeration,
  openReports,
  reportMeasure,
  restoreModeration,
  setPreModeration,
  survivorOf,
  unhideMeasure,
} from './docs/moderation.ts'
export {
  addToPortfolio,
  getBaseline,
  getPlanFigures,
  getPlanFragment,
  getPortfolio,
  getTarget,
  isPlanSeeded,
  markPlanSeeded,
  movePortfolioItem,
  observePlanFigures,
  observePortfolio,
  removeFromPortfolio,
  setPlanFigures,
  setPortfolio,
} from './docs/plan.ts'
export {
  extendedTimer,
  idleTimer,
  pausedTimer,
  startedTimer,
  timerRemainingMs,
} from './docs/timer.ts'
export type { Audience, BoardCard, ModerationState } from './docs/visibility.ts'
export {
  applyModeration,
  cardsFor,
  isOpenToVotes,
  moderatedCards,
  PROJECTOR,
  readModeration,
} from './docs/visibility.ts'
export type { Account, StaffRole } from './domain/account.ts'
export {
  accountSchema,
  emailSchema,
  PASSWORD_MIN_CHARS,
  passwordSchema,
  STAFF_ROLES,
} from './domain/account.ts'
export type { Actor, ActorInput, ActorPatch } from './domain/actor.ts'
export {
  actorInputSchema,
  actorPatchSchema,
  actorSchema,
  findSameOrganisation,
  organisationKey,
} from './domain/actor.ts'
export {
  AGENDA_TEMPLATES,
  defaultAllows,
  defaultPhaseTitle,
  shownPhaseTitle,
} from './domain/agendaTemplates.ts'
export type {
  Baseline,
  Milestone,
  MilestoneEmissions,
  PlanFigures,
  Reference,
  SectorInventory,
  Target,
} from './domain/baseline.ts'
export {
  baselineSchema,
  baselineTotalTCO2e,
  emptyBaseline,
  emptySectorInventory,
  MAX_MILESTONES,
  MAX_RESIDUAL_PCT,
  milestoneSchema,
  milestonesOf,
  planFiguresSchema,
  referenceSchema,
  referenceTCO2e,
  referenceYear,
  residualPct,
  sectorInventorySchema,
  sectorTotalTCO2e,
  targetEmissionsTCO2e,
  targetSchema,
} from './domain/baseline.ts'
export type {
  Candidate,
  CandidateSource,
  CandidateState,
  CandidateStatusChange,
  ReactionTotals,
  UnmergedCandidateState,
} from './domain/candidate.ts'
export {
  candidateSchema,
  candidateSourceSchema,
  candidateStateSchema,
  candidateStatusChangeSchema,
  reactionTotalsSchema,
} from './domain/candidate.ts'
export type {
  CandidateStatus,
  Provenance,
  SettableCandidateStatus,
} from './domain/candidateList.ts'
export {
  CANDIDATE_STATUSES,
  CITIZEN_REASON_MAX_CHARS,
  citizenReasonSchema,
  MAX_MEASURES_PER_BRING_IN,
  provenanceOf,
  SETTABLE_CANDIDATE_STATUSES,
} from './domain/candidateList.ts'
export type {
  Commitment,
  CommitmentInput,
  QuantifiedTarget,
  TCO2eEquivalent,
  Vote,
} from './domain/commitment.ts'
export {
  commitmentInputSchema,
  commitmentSchema,
  statusFromCommitments,
  tCO2eEquivalentSchema,
  voteSchema,
} from './domain/commitment.ts'
export type {
  Comment,
  Reaction,
  ReactionCount,
  ReactionCounts,
  ReactionKind,
} from './domain/discussion.ts'
export {
  COMMENT_MAX_CHARS,
  commentSchema,
  commentTextSchema,
  REACTION_KINDS,
  reactionKindSchema,
  reactionSchema,
} from './domain/discussion.ts'
export type {
  ActionType,
  ActorKind,
  CoBenefit,
  Confidence,
  EmissionSector,
  FieldOfAction,
  FundingStatus,
  FundingType,
  MeasureStatus,
  Role,
  SystemicLever,
  WorkshopTemplate,
} from './domain/enums.ts'
export {
  ACTION_TYPES,
  ACTOR_KINDS,
  CO_BENEFITS,
  CONFIDENCE_LEVELS,
  EMISSION_SECTORS,
  FIELDS_OF_ACTION,
  FUNDING_STATUSES,
  FUNDING_TYPES,
  MEASURE_STATUSES,
  ROLES,
  SYSTEMIC_LEVERS,
  WORKSHOP_TEMPLATES,
} from './domain/enums.ts'
export { newId } from './domain/ids.ts'
export type {
  CandidateWords,
  Library,
  LibraryFile,
  LibraryMeasure,
  LibraryMeasureFields,
  LibraryOrigin,
} from './domain/library.ts'
export {
  libraryFileSchema,
  libraryMeasureSchema,
  libraryOriginSchema,
  libraryYear,
  measureFieldsFromLibrary,
  toLibraryMeasure,
} from './domain/library.ts'
export type { AdaptedFrom } from './domain/libraryFormat.ts'
export {
  LIBRARY_FORMAT,
  LIBRARY_MAX_BYTES,
  LIBRARY_MAX_MEASURES,
  LIBRARY_VERSION,
} from './domain/libraryFormat.ts'
export type {
  Cost,
  FundingLine,
  Measure,
  MeasureFieldName,
  MeasureFields,
  Proposer,
  Reduction,
  ResponsibleActor,
  Timeline,
  YearAmount,
} from './domain/measure.ts'
export {
  agreesWithYears,
  costSchema,
  emptyMeasureFields,
  fundingLineSchema,
  MAX_FUNDING_LINES,
  MAX_YEARS_OF_FIGURES,
  MEASURE_FIELD_NAMES,
  measureFieldsSchema,
  measureSchema,
  reductionSchema,
  sumOfYears,
  timelineSchema,
  totalCostEur,
  totalReductionTCO2ePerYear,
} from './domain/measure.ts'
export type {
  ModerationAction,
  ModerationEvent,
  ModerationRecord,
} from './domain/moderation.ts'
export {
  EMPTY_MODERATION_RECORD,
  MODERATION_ACTIONS,
  MODERATION_REASON_MAX_CHARS,
  moderationEventSchema,
  moderationReasonSchema,
  moderationRecordSchema,
} from './domain/moderation.ts'
export type { Participant } from './domain/participant.ts'
export { displayNameSchema, participantSchema } from './domain/participant.ts'
export type { Capability } from './domain/permissions.ts'
export {
  CAPABILITIES,
  can,
  canEditComment,
  canEditMeasure,
  canJoinWithoutInvite,
  canWithdrawMeasure,
  canWriteDoc,
  canWriteDocInPhase,
} from './domain/permissions.ts'
export type {
  AgendaPhase,
  FollowTarget,
  FollowView,
  PhaseAction,
  PhaseAllows,
  PhaseKind,
  TimerRunState,
  TimerState,
} from './domain/phase.ts'
export {
  agendaPhaseSchema,
  allowsBoardWrite,
  BOARD_ACTIONS,
  FOLLOW_VIEWS,
  followTargetSchema,
  MAX_PHASE_DURATION_MIN,
  NO_ALLOWS,
  NOT_STARTED_ALLOWS,
  PHASE_ACTIONS,
  PHASE_KINDS,
  phaseAllowsSchema,
  timerStateSchema,
} from './domain/phase.ts'
export type { ExportPrivacy } from './domain/privacy.ts'
export { EXPORT_PRIVACY_LEVELS } from './domain/privacy.ts'
export type { PublicPlanPart } from './domain/publication.ts'
export { PUBLIC_PLAN_PARTS, PUBLIC_SLUG_PATTERN, publicPlanPath } from './domain/publication.ts'
export type {
  DotCountRefusal,
  RankedMeasure,
  VoteAttempt,
  VoteRefusal,
  VotingSettings,
} from './domain/voting.ts'
export {
  DEFAULT_VOTING_SETTINGS,
  dotCountRefusal,
  MAX_VOTE_BUDGET,
  rankByVotes,
  remainingDots,
  totalsOfVotes,
  VOTE_REFUSALS,
  voteRefusal,
  votingSettingsOf,
  votingSettingsSchema,
} from './domain/voting.ts'
export type { Workshop, WorkshopSettings } from './domain/workshop.ts'
export { workshopLanguages, workshopSchema, workshopSettingsSchema } from './domain/workshop.ts'
export type { Workspace, WorkspaceKind } from './domain/workspace.ts'
export {
  isWorkspacePlan,
  WORKSPACE_KINDS,
  workspaceNameSchema,
  workspacePlanId,
  workspaceSchema,
} from './domain/workspace.ts'
export type { PlanSection, PlanSectionId } from './editor/planSections.ts'
export { planSections, planSkeleton } from './editor/planSections.ts'
export type {
  ExportTexts,
  LanguagePack,
  PublicationScreenTexts,
  ScreenTexts,
  VocabularyLabels,
  VocabularyName,
  WorkshopTexts,
  WorkspaceScreenTexts,
} from './i18n/languagePack.ts'
export type { Language } from './i18n/languages.ts'
export { isLanguage, LANGUAGES, languagePack } from './i18n/languages.ts'
export { costPerTCO2eEur, cumulativeReductionTCO2e } from './pathway/costPerTonne.ts'
export type {
  ClampedReduction,
  Pathway,
  PathwayGroup,
  PathwayMilestone,
  PathwayYear,
  SectorYear,
} from './pathway/pathway.ts'
export { computePathway, effectShare, PATHWAY_GROUPS, pathwayGroupOf } from './pathway/pathway.ts'
export type {
  PathwayChartLabels,
  PathwayChartMode,
  PathwayChartOptions,
} from './pathway/pathwayChartOption.ts'
export { PATHWAY_COLORS, pathwayChartOption } from './pathway/pathwayChartOption.ts'
export type {
  ByStatus,
  DatedAmount,
  DatedFundingLine,
  FundingSource,
  InvestedMeasure,
  InvestmentPlan,
  InvestmentTotals,
  InvestmentYear,
  MeasureCostsByYear,
  MeasureInvestment,
} from './plan/investment.ts'
export { computeInvestmentPlan, costsByYear } from './plan/investment.ts'
export type { AccessibilityStatementResponse } from './protocol/accessibilityApi.ts'
export type {
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
} from './protocol/api.ts'
export {
  createInviteRequestSchema,
  createWorkshopRequestSchema,
  joinLanguagesRequestSchema,
  joinRequestSchema,
  updateWorkshopRequestSchema,
} from './protocol/api.ts'
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
} from './protocol/candidatesApi.ts'
export { bringInRequestSchema, mergeCandidateRequestSchema } from './protocol/candidatesApi.ts'
export type { CloseCode, CloseReason } from './protocol/closeCodes.ts'
export { CLOSE_CODES, isFinalCloseCode } from './protocol/closeCodes.ts'
export type { ApiErrorBody, ErrorCode } from './protocol/errorCodes.ts'
export { ERROR_CODES } from './protocol/errorCodes.ts'
export {
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  makeJoinCode,
  normalizeJoinCode,
} from './protocol/joinCode.ts'
export type {
  CopyLibraryMeasureRequest,
  CopyLibraryMeasureResponse,
  ExportLibraryRequest,
  ImportLibraryResponse,
  LibraryMeasureFilter,
  LibraryMeasuresResponse,
  ListLibrariesResponse,
} from './protocol/librariesApi.ts'
export {
  copyLibraryMeasureRequestSchema,
  exportLibraryRequestSchema,
  libraryMeasureFilterSchema,
} from './protocol/librariesApi.ts'
export type {
  ListOrganisationsResponse,
  OrganisationInviteRequest,
  OrganisationInviteResponse,
} from './protocol/organisationsApi.ts'
export { organisationInviteRequestSchema } from './protocol/organisationsApi.ts'
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
} from './protocol/planApi.ts'
export { EXPORT_FORMATS, saveVersionRequestSchema } from './protocol/planApi.ts'
export type { PresenceState } from './protocol/presence.ts'
export { peopleHere, presenceStateSchema } from './protocol/presence.ts'
export type {
  DeleteWorkshopResponse,
  ErasePersonResponse,
  PrivacyNoticeResponse,
} from './protocol/privacyApi.ts'
export { privacyNoticeResponseSchema } from './protocol/privacyApi.ts'
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
} from './protocol/publicationApi.ts'
export { RECONNECT_MAX_BACKOFF_MS, reconnectDelayMs } from './protocol/reconnect.ts'
export type { Refusal } from './protocol/refusals.ts'
export { parseRefusal, refusalMessage } from './protocol/refusals.ts'
export type { ServerTimeResponse } from './protocol/time.ts'
export { estimateClockOffsetMs } from './protocol/time.ts'
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
} from './protocol/workshopApi.ts'
export {
  castVoteRequestSchema,
  hideRequestSchema,
  mergeRequestSchema,
  preModerationRequestSchema,
  reportRequestSchema,
  revealResultsRequestSchema,
  VOTE_REFUSAL_ERRORS,
} from './protocol/workshopApi.ts'
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
} from './protocol/workspaceApi.ts'
export {
  ACCOUNT_LINK_PURPOSES,
  accountLinkRequestSchema,
  addStaffRequestSchema,
  setPasswordRequestSchema,
  signInRequestSchema,
} from './protocol/workspaceApi.ts'
