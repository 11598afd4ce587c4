import type pg from 'pg'
import { toBuffer } from './PostgresAppends.ts'
import { insertForWorkshop } from './postgresErrors.ts'
import { type InviteRow, toStoredInvite, toVersionInfo, type VersionRow } from './rows.ts'
import type { DocKey, StoredInvite, StoredVersion, VersionInfo } from './Store.ts'

/** A doc's named versions in PostgreSQL (PostgresStore's part of the Store). */
export class PostgresVersions {
  constructor(private readonly pool: pg.Pool) {}

  async save(key: DocKey, version: StoredVersion): Promise<void> {
    await insertForWorkshop(
      this.pool,
      key.workshopId,
      `INSERT INTO doc_versions (id, workshop_id, doc, name, author_id, author_name, created_at, snapshot)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        version.id,
        key.workshopId,
        key.doc,
        version.name,
        version.authorId,
        version.authorName,
        version.createdAt,
        toBuffer(version.snapshot),
      ],
    )
  }

  async list(key: DocKey): Promise<VersionInfo[]> {
    // seq, not created_at: two versions saved within a millisecond (a restore's) stay in order
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT id, name, author_id, author_name, created_at FROM doc_versions
       WHERE workshop_id = $1 AND doc = $2 ORDER BY seq DESC`,
      [key.workshopId, key.doc],
    )
    return rows.map(toVersionInfo)
  }

  async get(key: DocKey, id: string): Promise<StoredVersion | null> {
    const { rows } = await this.pool.query<VersionRow & { snapshot: Buffer }>(
      'SELECT * FROM doc_versions WHERE workshop_id = $1 AND doc = $2 AND id = $3',
      [key.workshopId, key.doc, id],
    )
    const row = rows[0]
    return row ? { ...toVersionInfo(row), snapshot: new Uint8Array(row.snapshot) } : null
  }
}

/** A workshop's invite links in PostgreSQL (PostgresStore's part of the Store). */
export class PostgresInvites {
  constructor(private readonly pool: pg.Pool) {}

  async save(invite: StoredInvite): Promise<void> {
    await insertForWorkshop(
      this.pool,
      invite.workshopId,
      `INSERT INTO invites
         (id, workshop_id, role, created_at, expires_at, created_by, revoked_at, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        invite.id,
        invite.workshopId,
        invite.role,
        invite.createdAt,
        invite.expiresAt,
        invite.createdBy,
        invite.revokedAt,
        invite.actorId,
      ],
    )
  }

  async list(workshopId: string): Promise<StoredInvite[]> {
    const { rows } = await this.pool.query<InviteRow>(
      'SELECT * FROM invites WHERE workshop_id = $1 ORDER BY seq DESC',
      [workshopId],
    )
    return rows.map(toStoredInvite)
  }

  async get(workshopId: string, inviteId: string): Promise<StoredInvite | null> {
    const { rows } = await this.pool.query<InviteRow>(
      'SELECT * FROM invites WHERE workshop_id = $1 AND id = $2',
      [workshopId, inviteId],
    )
    return rows[0] ? toStoredInvite(rows[0]) : null
  }

  async revoke(
    workshopId: string,
    inviteId: string,
    revokedAt: string,
  ): Promise<StoredInvite | null> {
    // The first revocation stands: the update touches only an unrevoked row, the read follows.
    await this.pool.query(
      'UPDATE invites SET revoked_at = $1 WHERE workshop_id = $2 AND id = $3 AND revoked_at IS NULL',
      [revokedAt, workshopId, inviteId],
    )
    return this.get(workshopId, inviteId)
  }
}
