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
import type { PlanSectionId } from '../editor/planSections.ts'
import type { exportTexts } from './locales/en/exports.ts'
import type enModeration from './locales/en/moderation.json'
import type enPublication from './locales/en/publication.json'
import type enScreens from './locales/en/screens.json'
import type enVoting from './locales/en/voting.json'

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
  /** [G2] An erased person's name, N their place in the order people joined (1 first). */
  formerParticipant: (n: number) => string
  /** [G4] A person as the exports name them, N as above. */
  participantPseudonym: (n: number) => string
  /** The versions a restore saves; `{{name}}` is the restored version's name. */
  versionNames: { beforeRestore: string; restored: string }
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
 * Texts of screens that few people open, a file each, fetched when such a screen first shows
 * rather than with the first screens' texts, which every phone downloads (client/README.md, the
 * phone's budget). Like the screens' areas, each owns its top-level keys.
 */
export interface LaterScreenTexts {
  /** The plan's public page and the planners' publishing panel. */
  publication: typeof enPublication
}

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
  /** Each loaded only when a screen that needs it shows in this language. */
  laterScreens: { [Area in keyof LaterScreenTexts]: () => Promise<LaterScreenTexts[Area]> }
}
