import type * as Y from 'yjs'
import { clearResponsiblePerson } from '../docs/board.ts'
import { listParticipants, registerParticipant } from '../docs/ledger.ts'
import type { ExportPrivacy } from '../domain/privacy.ts'
import { type Language, languagePack } from '../i18n/languages.ts'

/**
 * [G4] Rewrites the copies of the docs an export is made from, before the plan model or the JSON
 * is built from them, so no renderer needs to know: every person is "Participant N" (N their
 * place in the order people joined; an erased person stays "Former participant N");
 * organisations keep their names. Anonymised, the organisations' responsible persons go too.
 * Never call it on a live room's doc.
 */
export function withoutPrivateNames(
  copies: { ledger: Y.Doc; board: Y.Doc },
  privacy: ExportPrivacy,
  language: Language,
): void {
  const { ledger, board } = copies
  ledger.transact(() => {
    for (const [index, participant] of listParticipants(ledger).entries()) {
      if (participant.erased) continue
      const displayName = languagePack(language).workshop.participantPseudonym(index + 1)
      registerParticipant(ledger, { ...participant, displayName })
    }
  })
  if (privacy === 'anonymised') clearResponsiblePerson(board, null)
}
