import type * as Y from 'yjs'
import { listActors, listMeasures } from '../docs/board.ts'
import { listCommitments } from '../docs/ledger.ts'
import type { Actor } from '../domain/actor.ts'
import type { Commitment } from '../domain/commitment.ts'
import { type Cell, dateCell, enumCell, numberCell, type PlanTable, textCell } from './cells.ts'

/**
 * The commitments register on its own, for the city's own records and for the Mission: every
 * signature ever made, withdrawn ones included with the date, one row each, by organisation and
 * then by date. It names organisations and their signatories, never the person who clicked
 * "sign" ([G4]: exports name organisations, not private persons).
 */
export function commitmentRegisterTable(
  actors: readonly Actor[],
  commitments: readonly Commitment[],
  measureTitles: ReadonlyMap<string, string>,
): PlanTable {
  const byId = new Map(actors.map((a) => [a.id, a]))
  const ordered = [...commitments].sort(
    (a, b) =>
      (byId.get(a.actorId)?.name ?? '').localeCompare(byId.get(b.actorId)?.name ?? '') ||
      a.signedAt.localeCompare(b.signedAt),
  )
  const rows = ordered.map((c) => {
    const actor = byId.get(c.actorId)
    const equivalent = c.target.tCO2eEquivalent
    return [
      textCell(actor?.name ?? ''),
      textCell(actor?.orgNumber ?? ''),
      actor ? enumCell('actorKind', actor.kind) : textCell(''),
      textCell(actor?.responsiblePerson ?? ''),
      textCell(actor?.position ?? ''),
      textCell(c.text),
      textCell(c.measureId ? (measureTitles.get(c.measureId) ?? '') : ''),
      numberCell(c.target.value, 'count'),
      textCell(c.target.unit),
      numberCell(c.target.year, 'year'),
      numberCell(equivalent?.tCO2ePerYear ?? null, 'tCO2e'),
      textCell(equivalent?.method ?? ''),
      dateCell(c.signedAt),
      c.withdrawn ? dateCell(c.withdrawn.at) : textCell(''),
    ]
  })
  return {
    columns: [
      'institution',
      'orgNumber',
      'actorKind',
      'person',
      'position',
      'commitment',
      'measure',
      'targetValue',
      'targetUnit',
      'targetYear',
      'tCO2eEquivalent',
      'equivalentMethod',
      'signedOn',
      'withdrawnOn',
    ],
    rows,
  }
}

/** The register read from copies of a workshop's board and ledger. */
export function commitmentRegisterFromDocs(board: Y.Doc, ledger: Y.Doc): PlanTable {
  const titles = new Map(listMeasures(board).map((m) => [m.id, m.title]))
  return commitmentRegisterTable(listActors(board), listCommitments(ledger), titles)
}

/** One workshop's part of a workspace's register. */
export interface WorkshopRegister {
  title: string
  board: Y.Doc
  ledger: Y.Doc
}

/**
 * A workspace's register: every workshop's commitments in one table, each row saying in which
 * workshop it was signed, by organisation and then by date across them all, so a company that
 * signed at two workshops stands together.
 */
export function workspaceRegisterTable(workshops: readonly WorkshopRegister[]): PlanTable {
  const rows = workshops.flatMap(({ title, board, ledger }) =>
    commitmentRegisterFromDocs(board, ledger).rows.map((row) => [textCell(title), ...row]),
  )
  const key = (row: Cell[], index: number) => {
    const cell = row[index]
    if (cell?.type === 'text') return cell.text
    if (cell?.type === 'date') return cell.iso
    return ''
  }
  // After the workshop: the institution (1) and the signing date (13).
  rows.sort((a, b) => key(a, 1).localeCompare(key(b, 1)) || key(a, 13).localeCompare(key(b, 13)))
  const columns = commitmentRegisterTable([], [], new Map()).columns
  return { columns: ['workshop', ...columns], rows }
}
