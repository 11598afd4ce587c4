// The domain: one concept a file, its zod schema and type, the permissions and privacy rules.
// Re-exported whole by the package's face (src/index.ts).

export type { Account, StaffRole } from './account.ts'
export {
  accountSchema,
  emailSchema,
  PASSWORD_MIN_CHARS,
  passwordSchema,
  STAFF_ROLES,
} from './account.ts'
export type { Actor, ActorInput, ActorPatch } from './actor.ts'
export {
  actorInputSchema,
  actorPatchSchema,
  actorSchema,
  findSameOrganisation,
  organisationKey,
} from './actor.ts'
export {
  AGENDA_TEMPLATES,
  defaultAllows,
  defaultPhaseTitle,
  shownPhaseTitle,
} from './agendaTemplates.ts'
export type {
  Baseline,
  Milestone,
  MilestoneEmissions,
  PlanFigures,
  Reference,
  SectorInventory,
  Target,
} from './baseline.ts'
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
} from './baseline.ts'
export type {
  Candidate,
  CandidateSource,
  CandidateState,
  CandidateStatusChange,
  ReactionTotals,
  UnmergedCandidateState,
} from './candidate.ts'
export {
  candidateSchema,
  candidateSourceSchema,
  candidateStateSchema,
  candidateStatusChangeSchema,
  reactionTotalsSchema,
} from './candidate.ts'
export type { CandidateStatus, SettableCandidateStatus } from './candidateList.ts'
export {
  CANDIDATE_STATUSES,
  CITIZEN_REASON_MAX_CHARS,
  citizenReasonSchema,
  MAX_MEASURES_PER_BRING_IN,
  SETTABLE_CANDIDATE_STATUSES,
} from './candidateList.ts'
export type { Provenance } from './candidateProvenance.ts'
export { provenanceOf } from './candidateProvenance.ts'
export type {
  Commitment,
  CommitmentInput,
  QuantifiedTarget,
  TCO2eEquivalent,
  Vote,
} from './commitment.ts'
export {
  commitmentInputSchema,
  commitmentSchema,
  statusFromCommitments,
  tCO2eEquivalentSchema,
  voteSchema,
} from './commitment.ts'
export type {
  Comment,
  Reaction,
  ReactionCount,
  ReactionCounts,
  ReactionKind,
} from './discussion.ts'
export {
  COMMENT_MAX_CHARS,
  commentSchema,
  commentTextSchema,
  REACTION_KINDS,
  reactionKindSchema,
  reactionSchema,
} from './discussion.ts'
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
} from './enums.ts'
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
} from './enums.ts'
export { newId } from './ids.ts'
export type {
  CandidateWords,
  Library,
  LibraryFile,
  LibraryMeasure,
  LibraryMeasureFields,
  LibraryOrigin,
} from './library.ts'
export {
  libraryFileSchema,
  libraryMeasureSchema,
  libraryOriginSchema,
  libraryYear,
  measureFieldsFromLibrary,
  toLibraryMeasure,
} from './library.ts'
export type { AdaptedFrom } from './libraryFormat.ts'
export {
  LIBRARY_FORMAT,
  LIBRARY_MAX_BYTES,
  LIBRARY_MAX_MEASURES,
  LIBRARY_VERSION,
} from './libraryFormat.ts'
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
} from './measure.ts'
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
} from './measure.ts'
export type {
  ModerationAction,
  ModerationEvent,
  ModerationRecord,
} from './moderation.ts'
export {
  EMPTY_MODERATION_RECORD,
  MODERATION_ACTIONS,
  MODERATION_REASON_MAX_CHARS,
  moderationEventSchema,
  moderationReasonSchema,
  moderationRecordSchema,
} from './moderation.ts'
export type { Participant } from './participant.ts'
export { displayNameSchema, participantSchema } from './participant.ts'
export type { Capability } from './permissions.ts'
export {
  CAPABILITIES,
  can,
  canEditComment,
  canEditMeasure,
  canJoinWithoutInvite,
  canWithdrawMeasure,
  canWriteDoc,
  canWriteDocInPhase,
} from './permissions.ts'
export type {
  AgendaPhase,
  FollowTarget,
  FollowView,
  PhaseAction,
  PhaseAllows,
  PhaseKind,
  TimerRunState,
  TimerState,
} from './phase.ts'
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
} from './phase.ts'
export type { ExportPrivacy } from './privacy.ts'
export { EXPORT_PRIVACY_LEVELS } from './privacy.ts'
export type { PublicPlanPart } from './publication.ts'
export { PUBLIC_PLAN_PARTS, PUBLIC_SLUG_PATTERN, publicPlanPath } from './publication.ts'
export type {
  DotCountRefusal,
  RankedMeasure,
  VoteAttempt,
  VoteRefusal,
  VotingSettings,
} from './voting.ts'
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
} from './voting.ts'
export type { Workshop, WorkshopSettings } from './workshop.ts'
export { workshopLanguages, workshopSchema, workshopSettingsSchema } from './workshop.ts'
export type { Workspace, WorkspaceKind } from './workspace.ts'
export {
  isWorkspacePlan,
  WORKSPACE_KINDS,
  workspaceNameSchema,
  workspacePlanId,
  workspaceSchema,
} from './workspace.ts'
