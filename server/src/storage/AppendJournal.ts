import { closeSync, fstatSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs'
import { crc32 } from 'node:zlib'
import { isDocName } from '@pactboard/shared'
import type { DocKey } from './Store.ts'

/**
 * The SQLite store's front log for doc updates ([D1] at the cost of one `write(2)`): an update is
 * framed and written here before it is relayed, and moved into SQLite right after (SqliteStore).
 * A written record is in the operating system's hands, so it survives kill -9 as SQLite's own
 * WAL does under synchronous=NORMAL; a power loss may lose the last moments of either.
 *
 * The file holds only what has not reached SQLite yet: it is emptied each time its records are
 * committed there, so a deleted or erased update is never left behind in it ([G1][G2]).
 *
 * One record: u32 body length, u32 CRC-32 of the body, then the body: f64 seq, u8 length +
 * workshop id, u8 length + doc name (UTF-8), the update's bytes. A process that dies mid-write
 * leaves a torn last record, which the CRC tells apart from a whole one.
 */

export interface JournalRecord {
  seq: number
  key: DocKey
  update: Uint8Array
}

const FRAME_HEADER = 8
const MAX_NAME_BYTES = 255

export class JournalWriteError extends Error {
  override name = 'JournalWriteError'
}

export class AppendJournal {
  private readonly fd: number
  private length: number

  constructor(readonly path: string) {
    // Appending: every write lands at the end whatever the offset, after a truncation too.
    this.fd = openSync(path, 'a')
    this.length = fstatSync(this.fd).size
  }

  /**
   * Every whole record the file holds, in order, up to the first torn or damaged one: what a
   * process that died left before moving it into SQLite.
   */
  readLeft(): JournalRecord[] {
    return readJournal(readFileSync(this.path))
  }

  /** Throws (and leaves the file as it was) when the record could not be written whole. */
  write(record: JournalRecord): void {
    const frame = encodeRecord(record)
    let written = 0
    try {
      written = writeSync(this.fd, frame)
    } catch (error) {
      this.truncateTo(this.length)
      throw new JournalWriteError(`Could not write the update journal: ${String(error)}`)
    }
    if (written !== frame.byteLength) {
      // A short write (a full disk) must not leave half a record for the next one to follow.
      this.truncateTo(this.length)
      throw new JournalWriteError('Could not write the update journal: the disk is full')
    }
    this.length += written
  }

  /** Empties the file: everything in it is in SQLite now. */
  clear(): void {
    if (this.length === 0) return
    this.truncateTo(0)
  }

  close(): void {
    closeSync(this.fd)
  }

  private truncateTo(length: number): void {
    ftruncateSync(this.fd, length)
    this.length = length
  }
}

export function encodeRecord({ seq, key, update }: JournalRecord): Uint8Array {
  const workshopId = Buffer.from(key.workshopId, 'utf8')
  const doc = Buffer.from(key.doc, 'utf8')
  if (workshopId.byteLength > MAX_NAME_BYTES || doc.byteLength > MAX_NAME_BYTES) {
    throw new JournalWriteError('A workshop id or doc name is too long for the update journal')
  }
  const bodyLength = 8 + 1 + workshopId.byteLength + 1 + doc.byteLength + update.byteLength
  const frame = Buffer.allocUnsafe(FRAME_HEADER + bodyLength)
  let at = FRAME_HEADER
  at = frame.writeDoubleLE(seq, at)
  at = frame.writeUInt8(workshopId.byteLength, at)
  at += workshopId.copy(frame, at)
  at = frame.writeUInt8(doc.byteLength, at)
  at += doc.copy(frame, at)
  frame.set(update, at)
  frame.writeUInt32LE(bodyLength, 0)
  frame.writeUInt32LE(crc32(frame.subarray(FRAME_HEADER)), 4)
  return frame
}

export function readJournal(bytes: Uint8Array): JournalRecord[] {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const records: JournalRecord[] = []
  let at = 0
  while (at + FRAME_HEADER <= file.byteLength) {
    const bodyLength = file.readUInt32LE(at)
    const bodyStart = at + FRAME_HEADER
    const bodyEnd = bodyStart + bodyLength
    if (bodyEnd > file.byteLength) break
    const body = file.subarray(bodyStart, bodyEnd)
    if (crc32(body) !== file.readUInt32LE(at + 4)) break
    const record = decodeBody(body)
    if (record === null) break
    records.push(record)
    at = bodyEnd
  }
  return records
}

function decodeBody(body: Buffer): JournalRecord | null {
  if (body.byteLength < 10) return null
  let at = 0
  const seq = body.readDoubleLE(at)
  at += 8
  const workshopIdLength = body.readUInt8(at++)
  if (at + workshopIdLength + 1 > body.byteLength) return null
  const workshopId = body.toString('utf8', at, at + workshopIdLength)
  at += workshopIdLength
  const docLength = body.readUInt8(at++)
  if (at + docLength > body.byteLength) return null
  const doc = body.toString('utf8', at, at + docLength)
  if (!isDocName(doc)) return null
  at += docLength
  // A copy: the record outlives the file's buffer.
  const update = new Uint8Array(body.subarray(at))
  return { seq, key: { workshopId, doc }, update }
}
