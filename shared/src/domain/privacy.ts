/**
 * Personal data (GDPR): the rules the server, the client and the exports keep. Tests quote them;
 * docs/privacy.md says what is stored where and how each right is served.
 *
 * [G1] A facilitator deletes a workshop: its sockets close for good (4404), then every row of it
 *      in every table goes in one transaction; its tokens stop working (a genuine token of a
 *      workshop that is gone is answered 404 WORKSHOP_NOT_FOUND, its sockets 4404).
 * [G2] A facilitator erases a person: their name becomes "Former participant N" everywhere
 *      (ledger, versions, exports), their organisation link goes, their comments and the words of
 *      their reports are removed, their measures stay without their name, their dots count for
 *      nobody, their token is revoked; the docs' stored history is compacted, so the name is in
 *      no row of the store.
 * [G3] RETENTION_DAYS (off by default): a workshop is deleted as in [G1] that many days after its
 *      last activity (a sync connection, an update, a server write).
 * [G4] Exports name organisations but not private persons ("Participant N"); anonymised exports
 *      name no person at all (no responsible persons either).
 * [G5] No token of any kind (access, invite, metrics) reaches a log line.
 * [G6] "Leave and remove this device's data" takes the token and every local copy (IndexedDB,
 *      localStorage) off the device, on every screen.
 * [G7] The public page of a plan names no person: it is built by one allow-list from the plan
 *      model (plan/publicPlan.ts) out of copies pseudonymised as an anonymised export is ([G4]),
 *      and holds the plan's text, the pathway and targets, the measures in the plan with their
 *      figures, the investment plan's totals and organisations' standing commitments, as far as
 *      the planners chose; never a participant's name or id, a proposer, a comment, a vote, a
 *      signatory or who signed, an email or a token. Unpublished, its link answers 404.
 */

/** [G4] How much of people's names an export shows. */
export const EXPORT_PRIVACY_LEVELS = ['default', 'anonymised'] as const
export type ExportPrivacy = (typeof EXPORT_PRIVACY_LEVELS)[number]
