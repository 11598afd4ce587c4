/**
 * [G1] Every table that holds rows of a workshop, beside `workshops` itself: deleting a workshop
 * deletes from each, children first. Both stores' schemas have exactly these (the store contract
 * reads the database's own list of tables, so a table added without a line here fails a test).
 */
export const WORKSHOP_TABLES = [
  'doc_updates',
  'doc_snapshots',
  'doc_versions',
  'revoked_participants',
  'invites',
  'votes',
  'account_participants',
  'candidate_sources',
  'publications',
] as const

/**
 * Tables of a workspace, not of a workshop (docs/workspaces.md): its staff's accounts and their
 * sessions outlive every workshop, and its candidates' decisions outlive any one of them.
 * Personal data (email, name) of staff, none of participants: a candidate holds a decision (a
 * status, a reason); the measure's words are in `candidate_sources`, a workshop's, or in
 * `library_measures`, a library's the workspace imported: words and figures another city shared,
 * never a person's ([W15], [W17]). Its directory of organisations (`organisations`, [W20]) holds
 * each one's signatory, a name the organisation gives for the CCC's signatories table ([W24] says
 * when it goes).
 */
export const WORKSPACE_TABLES = [
  'workspaces',
  'accounts',
  'sessions',
  'candidates',
  'libraries',
  'library_measures',
  'organisations',
] as const

/** Tables of the database that belong to no workshop: bookkeeping only, no personal data. */
export const NON_WORKSHOP_TABLES = ['schema_version', 'sqlite_sequence'] as const
