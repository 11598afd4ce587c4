// Each Yjs doc's layout and its typed helpers: nothing else reads a doc's roots.
// Re-exported whole by the package's face (src/index.ts).

export type { NewMeasure } from './board.ts'
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
} from './board.ts'
export type { BoardPhase, BoardRefusal, BoardWriter } from './boardRules.ts'
export {
  boardChangeRefusal,
  MAX_COMMENTS_PER_PERSON,
  MAX_MEASURES_PER_PERSON,
} from './boardRules.ts'
export type {
  AgendaState,
  ControlState,
  FollowRequest,
  NewPhase,
  PhasePatch,
  ServerOnlyControlKey,
  SilentMode,
} from './control.ts'
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
} from './control.ts'
export type { NewComment, ReactionInput } from './discussion.ts'
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
} from './discussion.ts'
export type {
  DocChange,
  DocLayout,
  EntryChange,
  EntryChangeKind,
  RootKind,
} from './docChange.ts'
export { instantiateLayout, readDocChange } from './docChange.ts'
export { DOC_LAYOUTS } from './docLayouts.ts'
export type { DocName } from './docNames.ts'
export { DOC_NAMES, isDocName } from './docNames.ts'
export type { Erasure } from './ledger.ts'
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
} from './ledger.ts'
export type { Moderator } from './moderation.ts'
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
} from './moderation.ts'
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
} from './plan.ts'
export {
  extendedTimer,
  idleTimer,
  pausedTimer,
  startedTimer,
  timerRemainingMs,
} from './timer.ts'
export type { Audience, BoardCard, ModerationState } from './visibility.ts'
export {
  applyModeration,
  cardsFor,
  isOpenToVotes,
  moderatedCards,
  PROJECTOR,
  readModeration,
} from './visibility.ts'
