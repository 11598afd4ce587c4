import type { Workspace } from '@pactboard/shared'
import { describe, expect, it } from 'vitest'
import { openedStores } from '../openedStores.ts'
import type { Store } from '../Store.ts'
import { makeWorkshop, rowsOfWorkshop, type StoreHarness } from '../storeTestKit.ts'
import { EmailTakenError, type StoredAccount, UnknownWorkspaceError } from './AccountStore.ts'

/** The account store's part of the store contract: every SQL store passes it. */

export function makeWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    id: 'ws-1',
    name: 'Malmö stad',
    kind: 'city',
    language: 'sv',
    createdAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  }
}

export function makeAccount(overrides: Partial<StoredAccount> = {}): StoredAccount {
  return {
    id: 'a-1',
    workspaceId: 'ws-1',
    email: 'anna@malmo.se',
    displayName: 'Anna Åberg',
    role: 'facilitator',
    isAdmin: true,
    createdAt: '2026-03-01T09:00:00.000Z',
    passwordHash: null,
    passwordChangedAt: null,
    ...overrides,
  }
}

/** Two cities: Malmö (ws-1, account a-1) and Lund (ws-2, account a-2), for the parts that keep them apart. */
export async function twoWorkspaces(store: Store): Promise<void> {
  await store.accounts.createWorkspace(makeWorkspace(), makeAccount())
  await store.accounts.createWorkspace(
    makeWorkspace({ id: 'ws-2', name: 'Lunds kommun' }),
    makeAccount({ id: 'a-2', workspaceId: 'ws-2', email: 'bo@lund.se' }),
  )
}

const NOW = '2026-03-02T10:00:00.000Z'
const LATER = '2026-04-01T10:00:00.000Z'

export function accountContract(name: string, makeHarness: () => StoreHarness): void {
  describe(`${name} account store contract`, () => {
    const stores = openedStores(makeHarness)
    const { open } = stores
    const fresh = async () => {
      const store = await stores.fresh()
      await store.accounts.createWorkspace(makeWorkspace(), makeAccount())
      return store
    }

    it('keeps a workspace with its first account, and finds the account by email and id', async () => {
      const store = await fresh()
      expect(await store.accounts.getWorkspace('ws-1')).toEqual(makeWorkspace())
      expect(await store.accounts.findAccountByEmail('anna@malmo.se')).toEqual(makeAccount())
      expect(await store.accounts.getAccount('a-1')).toEqual(makeAccount())
      expect(await store.accounts.findAccountByEmail('nobody@malmo.se')).toBeNull()
      expect(await store.accounts.getWorkspace('ws-ghost')).toBeNull()
    })

    it('refuses a second account with the same email, in any workspace, and leaves no workspace behind', async () => {
      const store = await fresh()
      await expect(
        Promise.resolve().then(() =>
          store.accounts.createWorkspace(
            makeWorkspace({ id: 'ws-2' }),
            makeAccount({ id: 'a-2', workspaceId: 'ws-2' }),
          ),
        ),
      ).rejects.toBeInstanceOf(EmailTakenError)
      expect(await store.accounts.getWorkspace('ws-2')).toBeNull()
      await expect(
        Promise.resolve().then(() => store.accounts.createAccount(makeAccount({ id: 'a-3' }))),
      ).rejects.toBeInstanceOf(EmailTakenError)
      await expect(
        Promise.resolve().then(() =>
          store.accounts.createAccount(
            makeAccount({ id: 'a-4', email: 'bo@malmo.se', workspaceId: 'ws-ghost' }),
          ),
        ),
      ).rejects.toBeInstanceOf(UnknownWorkspaceError)
    })

    it('sets a password and ends every session of the account with it', async () => {
      const store = await fresh()
      await store.accounts.createSession({
        idHash: 'h-1',
        accountId: 'a-1',
        createdAt: NOW,
        expiresAt: LATER,
        lastUsedAt: NOW,
      })
      expect(await store.accounts.setPassword('a-1', '$argon2id$x', NOW)).toBe(true)
      expect(await store.accounts.getAccount('a-1')).toMatchObject({
        passwordHash: '$argon2id$x',
        passwordChangedAt: NOW,
      })
      expect(await store.accounts.useSession('h-1', NOW, LATER)).toBeNull()
      expect(await store.accounts.setPassword('a-ghost', '$argon2id$x', NOW)).toBe(false)
    })

    it('answers a live session with its account, extends it, and deletes it once expired', async () => {
      const store = await fresh()
      await store.accounts.createSession({
        idHash: 'h-1',
        accountId: 'a-1',
        createdAt: NOW,
        expiresAt: '2026-03-03T10:00:00.000Z',
        lastUsedAt: NOW,
      })
      expect(await store.accounts.useSession('h-unknown', NOW, LATER)).toBeNull()
      expect((await store.accounts.useSession('h-1', NOW, LATER))?.id).toBe('a-1')
      // extended: still alive past its first expiry
      expect((await store.accounts.useSession('h-1', '2026-03-20T00:00:00.000Z', LATER))?.id).toBe(
        'a-1',
      )
      expect(await store.accounts.useSession('h-1', LATER, '2026-05-01T00:00:00.000Z')).toBeNull()
      expect(await stores.harness.rows('sessions')).toEqual([])
    })

    it('deletes a session on sign-out, and expired ones in bulk', async () => {
      const store = await fresh()
      for (const [idHash, expiresAt] of [
        ['h-1', LATER],
        ['h-2', LATER],
        ['h-old', '2026-03-01T00:00:00.000Z'],
      ] as const) {
        await store.accounts.createSession({
          idHash,
          accountId: 'a-1',
          createdAt: NOW,
          expiresAt,
          lastUsedAt: NOW,
        })
      }
      await store.accounts.deleteSession('h-1')
      expect(await store.accounts.useSession('h-1', NOW, LATER)).toBeNull()
      expect(await store.accounts.deleteExpiredSessions(NOW)).toBe(1)
      expect((await stores.harness.rows('sessions')).map((row) => row.id_hash)).toEqual(['h-2'])
    })

    it('keeps only the hash of a session secret: the table has no other secret column', async () => {
      await fresh()
      const columns = (await stores.harness.tables()).find((t) => t.name === 'sessions')?.columns
      expect(columns?.sort()).toEqual(
        ['account_id', 'created_at', 'expires_at', 'id_hash', 'last_used_at'].sort(),
      )
    })

    it('lists a workspace’s workshops, newest first, and none made without an account', async () => {
      const store = await fresh()
      await store.accounts.createWorkspace(
        makeWorkspace({ id: 'ws-2' }),
        makeAccount({ id: 'a-2', workspaceId: 'ws-2', email: 'bo@lund.se' }),
      )
      await store.createWorkshop(makeWorkshop({ id: 'w-old' }), 'ACDEFG', 'ws-1')
      await store.createWorkshop(
        makeWorkshop({ id: 'w-new', createdAt: '2026-03-09T00:00:00.000Z' }),
        'HJKLMN',
        'ws-1',
      )
      await store.createWorkshop(makeWorkshop({ id: 'w-other' }), 'PQRSTU', 'ws-2')
      await store.createWorkshop(makeWorkshop({ id: 'w-anon' }), 'VWXYZA')
      const listed = await store.accounts.listWorkspaceWorkshops('ws-1')
      expect(listed.map((w) => w.workshop.id)).toEqual(['w-new', 'w-old'])
      expect(listed[1]).toEqual({ workshop: makeWorkshop({ id: 'w-old' }), joinCode: 'ACDEFG' })
      expect(await store.accounts.workshopWorkspace('w-old')).toBe('ws-1')
      expect(await store.accounts.workshopWorkspace('w-other')).toBe('ws-2')
      expect(await store.accounts.workshopWorkspace('w-anon')).toBeNull()
      expect(await store.accounts.workshopWorkspace('w-ghost')).toBeNull()
      // a workshop made without an account reads exactly as before
      expect(await store.getWorkshop('w-anon')).toEqual({
        workshop: makeWorkshop({ id: 'w-anon' }),
        joinCode: 'VWXYZA',
      })
      await expect(
        Promise.resolve().then(() =>
          store.createWorkshop(makeWorkshop({ id: 'w-x' }), 'BCDEFG', 'ws-ghost'),
        ),
      ).rejects.toBeInstanceOf(UnknownWorkspaceError)
    })

    it('keeps one participant per account and workshop: the first link stands', async () => {
      const store = await fresh()
      await store.createWorkshop(makeWorkshop({ id: 'w-1' }), 'ACDEFG', 'ws-1')
      await store.createWorkshop(makeWorkshop({ id: 'w-2' }), 'HJKLMN', 'ws-1')
      expect(await store.accounts.linkParticipant('w-1', 'a-1', 'p-first')).toEqual({
        participantId: 'p-first',
        created: true,
      })
      expect(await store.accounts.linkParticipant('w-1', 'a-1', 'p-second')).toEqual({
        participantId: 'p-first',
        created: false,
      })
      expect((await store.accounts.linkParticipant('w-2', 'a-1', 'p-other')).participantId).toBe(
        'p-other',
      )
      const raced = await Promise.all(
        ['p-a', 'p-b', 'p-c'].map((id) =>
          Promise.resolve().then(() => store.accounts.linkParticipant('w-2', 'a-2x', id)),
        ),
      ).catch((error: unknown) => error)
      // an account that does not exist links nothing
      expect(raced).toBeInstanceOf(Error)
      await store.createWorkshop(makeWorkshop({ id: 'w-3' }), 'PQRSTU', 'ws-1')
      const together = await Promise.all(
        ['p-a', 'p-b', 'p-c'].map((id) =>
          Promise.resolve().then(() => store.accounts.linkParticipant('w-3', 'a-1', id)),
        ),
      )
      expect(new Set(together.map((link) => link.participantId)).size).toBe(1)
      expect(together.filter((link) => link.created)).toHaveLength(1)
      await expect(
        Promise.resolve().then(() => store.accounts.linkParticipant('w-ghost', 'a-1', 'p')),
      ).rejects.toThrow()
    })

    it('[G1] deleting a workspace’s workshop deletes its account links, and keeps the accounts', async () => {
      const store = await fresh()
      await store.createWorkshop(makeWorkshop({ id: 'w-1' }), 'ACDEFG', 'ws-1')
      await store.accounts.linkParticipant('w-1', 'a-1', 'p-first')
      expect((await rowsOfWorkshop(stores.harness, 'w-1')).account_participants).toBe(1)
      expect(await store.deleteWorkshop('w-1')).toBe(true)
      const after = await rowsOfWorkshop(stores.harness, 'w-1')
      for (const [table, count] of Object.entries(after)) expect(count, table).toBe(0)
      expect(await store.accounts.getAccount('a-1')).not.toBeNull()
      expect(await store.accounts.listWorkspaceWorkshops('ws-1')).toEqual([])
    })

    it('keeps workspaces, accounts and sessions across a reopen', async () => {
      const first = await fresh()
      await first.accounts.createSession({
        idHash: 'h-1',
        accountId: 'a-1',
        createdAt: NOW,
        expiresAt: LATER,
        lastUsedAt: NOW,
      })
      await first.close()
      const second = await open()
      expect((await second.accounts.useSession('h-1', NOW, LATER))?.email).toBe('anna@malmo.se')
    })
  })
}
