import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TokenClaims } from '@pactboard/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { waitFor } from '../../test/helpers/waitFor.ts'
import { Metrics } from '../metrics.ts'
import { SqliteStore } from '../storage/SqliteStore.ts'
import type { MaybePromise, Store } from '../storage/Store.ts'
import { makeWorkshop } from '../storage/storeTestKit.ts'
import type { SyncSocket } from './connection.ts'
import { DOC_POLICIES } from './policies/index.ts'
import { encodeUpdate, MESSAGE_SYNC } from './protocol.ts'
import { RoomRegistry, type RoomRegistryOptions } from './RoomRegistry.ts'

/** The sync core driven without a web server: fake sockets, a store that answers later. */

class FakeSocket implements SyncSocket {
  readonly doc = new Y.Doc()
  closedWith: number | null = null
  private deliver: (frame: Uint8Array) => void = () => {}
  private closeListeners: (() => void)[] = []
  constructor(private readonly log: string[]) {}

  send(frame: Uint8Array, onSent?: () => void): void {
    if (onSent) queueMicrotask(onSent)
    const decoder = decoding.createDecoder(frame)
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return
    const type = syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), this.doc, 'server')
    this.log.push(`${textOf(this.doc) || 'empty'} received (sync ${type})`)
  }
  close(code: number): void {
    this.closedWith = code
    for (const listener of this.closeListeners.splice(0)) listener()
  }
  onMessage(listener: (frame: Uint8Array) => void): void {
    this.deliver = listener
  }
  onClose(listener: () => void): void {
    this.closeListeners.push(listener)
  }
  receive(frame: Uint8Array): void {
    this.deliver(frame)
  }
}

/** The plan's figures hold any JSON: a place for a plain value a planner may write. */
const textOf = (doc: Y.Doc) => doc.getMap('figures').get('t')
const setText = (doc: Y.Doc, text: string) => doc.getMap('figures').set('t', text)

function registryOptions(
  store: Store,
  overrides: Partial<RoomRegistryOptions> = {},
): RoomRegistryOptions {
  return {
    store,
    metrics: new Metrics(),
    log: { info() {}, warn() {}, error() {} },
    policies: DOC_POLICIES,
    unloadGraceMs: 10_000,
    maxMessageBytes: 1 << 20,
    maxMessagesPerSecond: 1000,
    maxBytesPerSecond: 1 << 20,
    maxRebuildsPerMinute: 1000,
    maxStructsPerUpdate: 20_000,
    maxDocBytes: 1 << 24,
    maxPresenceStateChars: 8192,
    ...overrides,
  }
}

/** SQLite behind promises that settle a few ms later, as a networked store would. */
function slowStore(inner: Store, log: string[]): Store {
  const later = <T>(value: () => MaybePromise<T>) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value()), 5))
  return {
    accounts: inner.accounts,
    candidates: inner.candidates,
    libraries: inner.libraries,
    organisations: inner.organisations,
    publications: inner.publications,
    createWorkshop: (w, c) => later(() => inner.createWorkshop(w, c)),
    getWorkshop: (id) => later(() => inner.getWorkshop(id)),
    findWorkshopByJoinCode: (c) => later(() => inner.findWorkshopByJoinCode(c)),
    loadDoc: (key) =>
      later(() => {
        log.push('loaded')
        return inner.loadDoc(key)
      }),
    appendUpdate: (key, update) =>
      later(() => {
        log.push('appended')
        return inner.appendUpdate(key, update)
      }),
    compact: (key, snapshot, seq) => later(() => inner.compact(key, snapshot, seq)),
    forgetDeleted: () => later(() => inner.forgetDeleted()),
    docStats: (key) => later(() => inner.docStats(key)),
    saveVersion: (key, version) => later(() => inner.saveVersion(key, version)),
    listVersions: (key) => later(() => inner.listVersions(key)),
    getVersion: (key, id) => later(() => inner.getVersion(key, id)),
    setJoinLocked: (id, locked) => later(() => inner.setJoinLocked(id, locked)),
    revokeParticipant: (id, p, at) => later(() => inner.revokeParticipant(id, p, at)),
    isParticipantRevoked: (id, p) => later(() => inner.isParticipantRevoked(id, p)),
    saveInvite: (invite) => later(() => inner.saveInvite(invite)),
    listInvites: (id) => later(() => inner.listInvites(id)),
    getInvite: (id, inviteId) => later(() => inner.getInvite(id, inviteId)),
    revokeInvite: (id, inviteId, at) => later(() => inner.revokeInvite(id, inviteId, at)),
    changeDot: (id, change, limits) => later(() => inner.changeDot(id, change, limits)),
    dotsOf: (id, p) => later(() => inner.dotsOf(id, p)),
    voteTotals: (id) => later(() => inner.voteTotals(id)),
    listVotes: (id) => later(() => inner.listVotes(id)),
    moveDots: (id, from, to) => later(() => inner.moveDots(id, from, to)),
    putVotes: (id, votes) => later(() => inner.putVotes(id, votes)),
    deleteWorkshop: (id) => later(() => inner.deleteWorkshop(id)),
    touchWorkshop: (id, at) => later(() => inner.touchWorkshop(id, at)),
    listInactiveWorkshops: (before, limit) =>
      later(() => inner.listInactiveWorkshops(before, limit)),
    erasePerson: (erasure) => later(() => inner.erasePerson(erasure)),
    participantStanding: (id, p) => later(() => inner.participantStanding(id, p)),
    close: () => inner.close(),
  }
}

const claims: TokenClaims = {
  workshopId: 'w-1',
  participantId: 'p-1',
  role: 'planner',
  actorId: null,
}

describe('Room with a store that answers asynchronously', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('[D1] buffers messages that arrive while loading and relays only after the append', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pactboard-room-'))
    const sqlite = new SqliteStore(join(dir, 'db.sqlite'))
    sqlite.createWorkshop(makeWorkshop(), 'ACDEFG')
    const log: string[] = []
    const registry = new RoomRegistry(registryOptions(slowStore(sqlite, log)))
    const key = { workshopId: 'w-1', doc: 'plan' as const }
    const writer = new FakeSocket([])
    const reader = new FakeSocket(log)
    registry.connect(key, writer, claims)
    registry.connect(key, reader, claims)

    // Sent before the room has loaded: held, then applied in order.
    reader.receive(syncStep1(reader.doc))
    const edit = new Y.Doc()
    setText(edit, 'hello')
    writer.receive(encodeUpdate(Y.encodeStateAsUpdate(edit)))

    await waitFor(() => textOf(reader.doc) === 'hello', 'the relay')
    expect(log).toEqual([
      'loaded',
      'empty received (sync 1)', // the reply to the reader's step 1
      'appended',
      'hello received (sync 2)', // the relayed update, after it was stored
    ])
    expect(sqlite.docStats(key).updates).toBe(1)
    await registry.shutdown()
    expect(reader.closedWith).toBe(1001)
    sqlite.close()
  })
})

describe('a cold room greeting a phone', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  /** A room whose stored doc is not built yet: one stored update, loaded as bytes. */
  async function coldRoom() {
    dir = mkdtempSync(join(tmpdir(), 'pactboard-greet-'))
    const sqlite = new SqliteStore(join(dir, 'db.sqlite'))
    sqlite.createWorkshop(makeWorkshop(), 'ACDEFG')
    const stored = new Y.Doc()
    setText(stored, 'the plan as stored')
    sqlite.appendUpdate({ workshopId: 'w-1', doc: 'plan' }, Y.encodeStateAsUpdate(stored))
    const registry = new RoomRegistry(registryOptions(sqlite))
    return { sqlite, registry, key: { workshopId: 'w-1', doc: 'plan' as const } }
  }

  const stepOne = (doc: Y.Doc) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.writeSyncStep1(encoder, doc)
    return encoding.toUint8Array(encoder)
  }

  /** A phone that comes back with a copy of its own (kept offline): it may hold what we lack. */
  const holdingSomething = (phone: FakeSocket) => {
    phone.doc.getMap('notes').set('offline', true)
    return phone
  }

  it('answers the phone’s step 1 with the stored doc before reading its own state vector, then sends its step 1', async () => {
    const { sqlite, registry, key } = await coldRoom()
    const log: string[] = []
    const phone = holdingSomething(new FakeSocket(log))
    registry.connect(key, phone, claims)
    phone.receive(stepOne(phone.doc))
    await waitFor(() => log.length === 2, 'both steps')
    expect(log).toEqual([
      'the plan as stored received (sync 1)', // step 2: the doc, at once
      'the plan as stored received (sync 0)', // then our step 1
    ])
    await registry.shutdown()
    sqlite.close()
  })

  it('reads its state vector only once its reply has left for the socket: megabytes may still be waiting to be written', async () => {
    const { sqlite, registry, key } = await coldRoom()
    const log: string[] = []
    const written: (() => void)[] = []
    const phone = holdingSomething(
      new (class extends FakeSocket {
        override send(frame: Uint8Array, onSent?: () => void): void {
          super.send(frame)
          if (onSent) written.push(onSent)
        }
      })(log),
    )
    registry.connect(key, phone, claims)
    phone.receive(stepOne(phone.doc))
    await waitFor(() => log.length === 1, 'the reply')
    // longer than a client without a step 1 waits for ours: nothing more while the reply is out
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(log).toEqual(['the plan as stored received (sync 1)'])
    for (const sent of written.splice(0)) sent()
    await waitFor(() => log.length === 2, 'our step 1')
    expect(log[1]).toBe('the plan as stored received (sync 0)')
    await registry.shutdown()
    sqlite.close()
  })

  it('sends no step 1 to a phone that holds nothing: the reply is all it needs', async () => {
    const { sqlite, registry, key } = await coldRoom()
    const log: string[] = []
    const phone = new FakeSocket(log)
    registry.connect(key, phone, claims)
    phone.receive(stepOne(phone.doc))
    await waitFor(() => log.length === 1, 'the reply')
    // longer than a client without a step 1 waits for ours
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(log).toEqual(['the plan as stored received (sync 1)'])
    // what it writes from now on comes as updates, and is stored
    const edit = new Y.Doc()
    setText(edit, 'typed at once')
    phone.receive(encodeUpdate(Y.encodeStateAsUpdate(edit)))
    await waitFor(() => sqlite.docStats(key).updates === 2, 'the edit stored')
    await registry.shutdown()
    sqlite.close()
  })

  it('sends its step 1 anyway to a client that sends none', async () => {
    const { sqlite, registry, key } = await coldRoom()
    const log: string[] = []
    registry.connect(key, new FakeSocket(log), claims)
    await waitFor(() => log.length === 1, 'our step 1')
    expect(log).toEqual(['empty received (sync 0)'])
    await registry.shutdown()
    sqlite.close()
  })
})

describe('Room under garbage', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('[D3] random and mutated frames close only their sender; the room keeps syncing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pactboard-fuzz-'))
    const store = new SqliteStore(join(dir, 'db.sqlite'))
    store.createWorkshop(makeWorkshop(), 'ACDEFG')
    const registry = new RoomRegistry(registryOptions(store))
    const key = { workshopId: 'w-1', doc: 'plan' as const }
    const reader = new FakeSocket([])
    registry.connect(key, reader, claims)

    const source = new Y.Doc()
    source.clientID = 4242 // fixed, so a failure replays
    setText(source, 'a value long enough to mutate')
    const valid = encodeUpdate(Y.encodeStateAsUpdate(source))
    let seed = 42
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed / 0x7fffffff
    }
    for (let i = 0; i < 300; i++) {
      const frame =
        i % 2 === 0
          ? Uint8Array.from({ length: 1 + Math.floor(random() * 40) }, () => random() * 256)
          : valid.map((byte) => (random() < 0.1 ? Math.floor(random() * 256) : byte))
      const attacker = new FakeSocket([])
      registry.connect(key, attacker, claims)
      attacker.receive(frame)
      // 4413 when a damaged header claims more structs than the limit: refused before reading them
      expect([null, 4400, 4413]).toContain(attacker.closedWith)
    }

    const writer = new FakeSocket([])
    registry.connect(key, writer, claims)
    const edit = new Y.Doc()
    setText(edit, 'still alive')
    writer.receive(encodeUpdate(Y.encodeStateAsUpdate(edit)))
    const fresh = new FakeSocket([])
    registry.connect(key, fresh, claims)
    fresh.receive(syncStep1(fresh.doc))
    await waitFor(() => textOf(fresh.doc) === 'still alive', 'a fresh sync')
    expect(reader.closedWith).toBeNull()
    await registry.shutdown()
    store.close()
  })
})

function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}
