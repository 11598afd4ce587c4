import {
  listMeasures,
  seedAgenda,
  setPreModeration,
  setVotingSettings,
  votingSettingsOf,
  type Workshop,
} from '@pactboard/shared'
import type { RoomRegistry } from '../../sync/RoomRegistry.ts'

/**
 * How a new workshop (created or imported) starts running, seeded by the server only: the agenda
 * from its template and the voting rules in `control`, and pre-moderation in the `ledger` when
 * its settings ask for it (unless told otherwise), switched on by its facilitator like any
 * moderation action (logged).
 * Cards already on the board (an import's) are approved by the switch: they were accepted before.
 */
export async function seedRunning(
  registry: RoomRegistry,
  workshop: Workshop,
  facilitatorId: string,
  { preModeration = workshop.settings.moderation }: { preModeration?: boolean } = {},
): Promise<void> {
  const workshopId = workshop.id
  // Seeded once, by the server, in the workshop's language: two clients seeding the agenda at
  // once would each write it and the merge would hold it twice.
  await registry.write({ workshopId, doc: 'control' }, (doc) => {
    seedAgenda(doc, workshop.template, workshop.language)
    setVotingSettings(doc, votingSettingsOf(workshop.settings))
  })
  if (!preModeration) return
  const existing = await registry.write({ workshopId, doc: 'board' }, (doc) =>
    listMeasures(doc).map((m) => m.id),
  )
  await registry.write({ workshopId, doc: 'ledger' }, (doc) =>
    setPreModeration(doc, true, existing, { by: facilitatorId, now: new Date() }),
  )
}
