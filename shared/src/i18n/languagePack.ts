import type {
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
} from '../domain/enums.ts'
import type { PhaseKind } from '../domain/phase.ts'
import type { PlanSectionId } from '../editor/planSectionIds.ts'
import type { exportTexts } from './locales/en/exports.ts'
import type enModeration from './locales/en/moderation.json'
import type enPublication from './locales/en/publication.json'
import type enScreens from './locales/en/screens.json'
import type enVoting from './locales/en/voting.json'
import type enWorkspace from './locales/en/workspace.json'

/**
 * Everything one language says, in one folder (locales/<code>/). English is the reference: the
 * shapes below are its files' shapes, so a language that leaves out a text does not compile.
 */

/** A label for every value of every closed vocabulary of the CCC (domain/enums.ts). */
export interface VocabularyLabels {
  fieldOfAction: Record<FieldOfAction, string>
  systemicLever: Record<SystemicLever, string>
  emissionSector: Record<EmissionSector, string>
  actionType: Record<ActionType, string>
  measureStatus: Record<MeasureStatus, string>
  coBenefit: Record<CoBenefit, string>
  confidence: Record<Confidence, string>
  fundingType: Record<FundingType, string>
  fundingStatus: Record<FundingStatus, string>
  actorKind: Record<ActorKind, string>
  role: Record<Role, string>
  workshopTemplate: Record<WorkshopTemplate, string>
}
export type VocabularyName = keyof VocabularyLabels

/** What a workshop in this language is seeded with, and what the server writes into it. */
export interface WorkshopTexts {
  /** The agenda's phases as the templates name them (the facilitator may rename them). */
  phaseTitles: Record<PhaseKind, string>
  /** The plan document's skeleton, in the CCC's numbering: each heading and a one-line prompt. */
  planSections: Record<PlanSectionId, { title: string; prompt: string }>
  /** What a facilitator who gave no name is called. */
  facilitatorName: string
  /** The title of a workspace's one plan (docs/workspaces.md, "The workspace's plan"). */
  workspacePlanTitle: (workspace: string) => string
  /** [G2] An erased person's name, N their place in the order people joined (1 first). */
  formerParticipant: (n: number) => string
  /** [G4] A person as the exports name them, N as above. */
  participantPseudonym: (n: number) => string
  /** The versions a restore saves; `{{name}}` is the restored version's name. */
  versionNames: { beforeRestore: string; restored: string }
  /** [W19] The credit a measure copied from a library opens its description with on the board. */
  adaptedFrom: (origin: string, year: number) => string
}

/** The exports' own strings: column headings, row labels, titles, the chart's words. */
export type ExportTexts = typeof exportTexts

/**
 * The screens' texts, one file per larger feature area, so that two people adding texts to
 * different areas do not edit one file. Areas own distinct top-level keys (tested).
 */
export interface ScreenTexts {
  main: typeof enScreens
  voting: typeof enVoting
  moderation: typeof enModeration
}

/**
 * The texts of the workspace's screens (the staff's pages, the candidate list, what happened to
 * one's proposals): an area of its own, fetched with those screens and never on a phone's first
 * ones (client/README.md, "The phone's budget").
 */
export type WorkspaceScreenTexts = typeof enWorkspace

/**
 * The texts of the plan's public page and the planners' Publish panel: an area of its own,
 * fetched with those screens (a reader of the public page needs nothing else of the app's).
 */
export type PublicationScreenTexts = typeof enPublication

export interface LanguagePack {
  /** The language's name in itself ("Suomi"), so that people find theirs whatever is shown. */
  name: string
  /** The BCP 47 locale numbers and dates are written in (Intl), and spreadsheets are made for. */
  locale: string
  vocabulary: VocabularyLabels
  workshop: WorkshopTexts
  /** Loaded only where an export is made: a phone never needs them. */
  exports: () => Promise<ExportTexts>
  /** Loaded only when a screen speaks this language. */
  screens: () => Promise<ScreenTexts>
  /** Loaded only when a workspace's screen speaks this language. */
  workspaceScreens: () => Promise<WorkspaceScreenTexts>
  /** Loaded only when the public page or the Publish panel speaks this language. */
  publicationScreens: () => Promise<PublicationScreenTexts>
}
