import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppendJournal, encodeRecord, type JournalRecord, readJournal } from './AppendJournal.ts'

const record = (seq: number, text: string, doc: 'board' | 'plan' = 'board'): JournalRecord => ({
  seq,
  key: { workshopId: `w-${seq}`, doc },
  update: new TextEncoder().encode(text),
})

describe('the update journal', () => {
  let dir: string
  let path: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pactboard-journal-'))
    path = join(dir, 'pactboard.sqlite.appends')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('reads back every written record, in order, as it was written', () => {
    const journal = new AppendJournal(path)
    const written = [record(1, 'first'), record(2, '', 'plan'), record(3, 'Ünïcödé ✓')]
    for (const r of written) journal.write(r)
    journal.close()
    expect(new AppendJournal(path).readLeft()).toEqual(written)
  })

  it('leaves out a torn last record and keeps the whole ones before it', () => {
    const journal = new AppendJournal(path)
    journal.write(record(1, 'kept'))
    journal.write(record(2, 'also kept'))
    journal.write(record(3, 'torn by a kill mid-write'))
    journal.close()
    truncateSync(path, statSync(path).size - 5)
    expect(readJournal(readFileSync(path)).map((r) => r.seq)).toEqual([1, 2])
  })

  it('stops at a damaged record: nothing after a bad checksum is trusted', () => {
    const frames = [record(1, 'good'), record(2, 'flipped'), record(3, 'after')].map(encodeRecord)
    const file = Buffer.concat(frames)
    // one bit of the second record's update
    const damagedAt = frames[0]!.byteLength + frames[1]!.byteLength - 2
    file[damagedAt]! ^= 0x01
    expect(readJournal(file).map((r) => r.seq)).toEqual([1])
  })

  it('trusts no record whose doc is not one of a workshop’s docs, even with a good checksum', () => {
    const good = encodeRecord(record(1, 'good'))
    const alien = encodeRecord({ ...record(2, 'x'), key: { workshopId: 'w', doc: 'board' } })
    // rewrite the doc name to another five letters, and the checksum to match it
    const body = Buffer.from(alien.subarray(8))
    body.write('bored', 8 + 1 + 1 + 1, 'utf8')
    const forged = Buffer.concat([alien.subarray(0, 8), body])
    forged.writeUInt32LE(crc32(body), 4)
    expect(readJournal(Buffer.concat([good, forged])).map((r) => r.seq)).toEqual([1])
  })

  it('is empty after clear, and what is written next is all it holds', () => {
    const journal = new AppendJournal(path)
    journal.write(record(1, 'moved into the database'))
    journal.clear()
    expect(statSync(path).size).toBe(0)
    journal.write(record(2, 'next'))
    expect(journal.readLeft().map((r) => r.seq)).toEqual([2])
    journal.close()
  })

  it('refuses a name too long to frame, writing nothing', () => {
    const journal = new AppendJournal(path)
    const long = { ...record(1, 'x'), key: { workshopId: 'w'.repeat(256), doc: 'board' as const } }
    expect(() => journal.write(long)).toThrow(/too long/)
    expect(statSync(path).size).toBe(0)
    journal.close()
  })

  it('opens a journal a dead process left, without losing what it holds', () => {
    writeFileSync(path, Buffer.concat([record(7, 'left behind')].map(encodeRecord)))
    const journal = new AppendJournal(path)
    expect(journal.readLeft().map((r) => r.seq)).toEqual([7])
    journal.close()
  })
})
