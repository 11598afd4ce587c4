import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SERVER_MAIN, startServerProcess } from '@pactboard/server/testing'
import type { CreateWorkshopResponse, JoinResponse } from '@pactboard/shared'
import { postJson } from '../scenario.ts'
import type { ClientSpec } from './protocol.ts'
import { startReferenceServer } from './referenceServer.ts'
import { HOCUSPOCUS_SERVER, Y_WEBSOCKET_SERVER, Y_WEBSOCKET_STORED } from './references.ts'

/**
 * The three servers the comparison runs, behind one shape: start one (fresh, or on a data folder
 * that outlives it), open a room of N people, and say how a person's stock client reaches a doc.
 * Pactboard's people are participants who joined a workshop (POST /api/workshops, /api/join);
 * the references take any room name and anyone.
 */

export const TARGET_NAMES = [
  'pactboard',
  'y-websocket-server',
  'hocuspocus',
  'y-websocket-stored',
] as const
export type TargetName = (typeof TARGET_NAMES)[number]

/**
 * The references the targets name. y-websocket-stored is shown beside them, not counted:
 * it is y-websocket-server keeping Pactboard's one promise of storing before relaying ([D1]), so
 * it says what that promise costs a relay that checks nothing, and what Pactboard's rules add.
 */
export const NAMED_REFERENCES: ReadonlySet<TargetName> = new Set([
  'y-websocket-server',
  'hocuspocus',
])
export const STORED_RELAY: TargetName = 'y-websocket-stored'

export interface Person {
  index: number
  participantId: string
  token: string | null
}

export interface Room {
  id: string
  people: Person[]
  /** Who may write the plan: Pactboard's facilitator (the workshop's creator). */
  planWriter: Person
}

export interface RunningTarget {
  readonly pid: number
  /** Starts the server's CPU profile (BENCH_PROFILE_DIR set, Pactboard only). */
  beginProfile?(): void
  openRoom(people: number): Promise<Room>
  /** The stock client's way to `docs` of `room` as `person`, on this process's port. */
  clientSpec(room: Room, person: Person, docs: string[]): ClientSpec
  stop(): Promise<void>
}

export interface Target {
  readonly name: TargetName
  /** What it stores in: shown beside the figures. */
  readonly storage: string
  /** The cold load's storage when it is another (y-websocket: in memory has none to load from). */
  readonly coldStorage: string
  startForEdits(): Promise<RunningTarget>
  /** On `dataDir`, which stop() leaves in place: the cold load restarts on it. */
  startOn(dataDir: string): Promise<RunningTarget>
}

/**
 * Every simulated person joins from this one machine within seconds, which the join and create
 * limits per address exist to stop. Sync sockets are limited per participant (the token), not per
 * address, so 1,000 people with one socket each pass the default
 * (RATE_LIMIT_SYNC_CONNECTIONS_PER_MINUTE, 120 a minute each).
 */
const PACTBOARD_ENV: Record<string, string> = {
  RATE_LIMIT_JOIN_PER_MINUTE: '100000',
  RATE_LIMIT_CREATE_WORKSHOP_PER_MINUTE: '1000',
}

const JOIN_CONCURRENCY = 16

/**
 * BENCH_PROFILE_DIR: Pactboard's server runs under profiledServer.mjs, which profiles from the
 * bench's signal until the process stops and writes a V8 CPU profile there.
 */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR
const PROFILED_SERVER = fileURLToPath(new URL('./profiledServer.mjs', import.meta.url))

async function joinAll(serverUrl: string, joinCode: string, count: number): Promise<Person[]> {
  const people: Person[] = new Array(count)
  let next = 0
  const joiner = async () => {
    while (next < count) {
      const index = next++
      const joined = await postJson<JoinResponse>(`${serverUrl}/api/join`, {
        code: joinCode,
        displayName: `Client ${index}`,
      })
      people[index] = { index, participantId: joined.participant.id, token: joined.token }
    }
  }
  await Promise.all(Array.from({ length: JOIN_CONCURRENCY }, joiner))
  return people
}

function pactboard(): Target {
  const start = async (dataDir?: string): Promise<RunningTarget> => {
    const server = await startServerProcess({
      tempPrefix: 'pactboard-compare-',
      dataDir,
      ...(PROFILE_DIR
        ? {
            main: PROFILED_SERVER,
            env: { ...PACTBOARD_ENV, BENCH_PROFILE_DIR: PROFILE_DIR, PACTBOARD_MAIN: SERVER_MAIN },
          }
        : { env: PACTBOARD_ENV }),
    })
    return {
      pid: server.pid,
      beginProfile: PROFILE_DIR ? () => process.kill(server.pid, 'SIGUSR2') : undefined,
      async openRoom(people) {
        const created = await postJson<CreateWorkshopResponse>(`${server.url}/api/workshops`, {
          title: 'Benchmark workshop',
          city: 'Benchtown',
        })
        return {
          id: created.workshop.id,
          people: await joinAll(server.url, created.joinCode, people),
          planWriter: {
            index: people,
            participantId: created.participant.id,
            token: created.facilitatorToken,
          },
        }
      },
      clientSpec: (room, person, docs) => ({
        index: person.index,
        kind: 'y-websocket',
        url: `${server.syncUrl}/${room.id}`,
        rooms: Object.fromEntries(docs.map((doc) => [doc, doc])),
        token: person.token,
        participantId: person.participantId,
        presence: true,
      }),
      stop: () => server.stop(),
    }
  }
  return {
    name: 'pactboard',
    storage: 'SQLite, write-before-relay',
    coldStorage: 'SQLite',
    startForEdits: () => start(),
    startOn: (dataDir) => start(dataDir),
  }
}

/** A reference server's room: any name will do; people are only numbers. */
function referenceRoom(people: number): Room {
  const person = (index: number): Person => ({ index, participantId: `p-${index}`, token: null })
  return {
    id: `room-${randomUUID()}`,
    people: Array.from({ length: people }, (_, i) => person(i)),
    planWriter: person(people),
  }
}

function reference(
  name: TargetName,
  script: string,
  storage: string,
  coldStorage: string,
  envOn: (dataDir: string) => Record<string, string>,
  kind: ClientSpec['kind'],
  envForEdits: (dataDir: string) => Record<string, string> = envOn,
): Target {
  const start = async (env: Record<string, string>, onStop: () => void) => {
    const server = await startReferenceServer(script, env)
    return {
      pid: server.pid,
      openRoom: async (people: number) => referenceRoom(people),
      clientSpec: (room: Room, person: Person, docs: string[]): ClientSpec => ({
        index: person.index,
        kind,
        url: `ws://127.0.0.1:${server.port}`,
        rooms: Object.fromEntries(docs.map((doc) => [doc, `${room.id}/${doc}`])),
        token: null,
        participantId: person.participantId,
        presence: true,
      }),
      async stop() {
        await server.stop()
        onStop()
      },
    }
  }
  return {
    name,
    storage,
    coldStorage,
    async startForEdits() {
      const dataDir = mkdtempSync(join(tmpdir(), `compare-${name}-`))
      return start(envForEdits(dataDir), () => rmSync(dataDir, { recursive: true, force: true }))
    },
    startOn: (dataDir) => start(envOn(dataDir), () => {}),
  }
}

export function compareTargets(): Target[] {
  return [
    pactboard(),
    reference(
      'y-websocket-server',
      Y_WEBSOCKET_SERVER,
      'in memory',
      'y-leveldb (YPERSISTENCE)',
      (dataDir) => ({ YPERSISTENCE: dataDir }),
      'y-websocket',
      () => ({}),
    ),
    reference(
      'hocuspocus',
      HOCUSPOCUS_SERVER,
      'extension-sqlite',
      'extension-sqlite',
      (dataDir) => ({ HOCUSPOCUS_DATABASE: join(dataDir, 'hocuspocus.sqlite') }),
      'hocuspocus',
    ),
    reference(
      'y-websocket-stored',
      Y_WEBSOCKET_STORED,
      'SQLite, write-before-relay',
      'SQLite',
      (dataDir) => ({ DATABASE: join(dataDir, 'y-websocket-stored.sqlite') }),
      'y-websocket',
    ),
  ]
}
