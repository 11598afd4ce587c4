import { describe, expect, it } from 'vitest'
import { ROLES } from './enums.ts'
import { can, canEditMeasure, canJoinWithoutInvite, canWriteDoc } from './permissions.ts'

describe('permissions', () => {
  it('[P1] lets every role read every doc', () => {
    for (const role of ROLES) expect(can(role, 'readDocs')).toBe(true)
  })

  it('[P2] lets only a facilitator write control', () => {
    expect(ROLES.filter((r) => canWriteDoc(r, 'control'))).toEqual(['facilitator'])
  })

  it('[P3] lets everyone but an observer write the board', () => {
    expect(ROLES.filter((r) => canWriteDoc(r, 'board'))).toEqual([
      'facilitator',
      'planner',
      'company',
      'participant',
    ])
  })

  it('[P4] lets facilitator and planner write the plan', () => {
    expect(ROLES.filter((r) => canWriteDoc(r, 'plan'))).toEqual(['facilitator', 'planner'])
  })

  it('[P5] lets no client write the ledger', () => {
    expect(ROLES.filter((r) => canWriteDoc(r, 'ledger'))).toEqual([])
  })

  it('[P6] lets only a facilitator invite', () => {
    expect(ROLES.filter((r) => can(r, 'invite'))).toEqual(['facilitator'])
  })

  it('[P7] lets facilitator and planner export', () => {
    expect(ROLES.filter((r) => can(r, 'export'))).toEqual(['facilitator', 'planner'])
  })

  it('[P8] lets a writer edit their own measures and facilitator and planner any measure', () => {
    expect(ROLES.filter((r) => canEditMeasure(r, 'p1', 'p1'))).toEqual([
      'facilitator',
      'planner',
      'company',
      'participant',
    ])
    expect(ROLES.filter((r) => canEditMeasure(r, 'p1', 'p2'))).toEqual(['facilitator', 'planner'])
  })

  it('[P9] lets only participants and companies join without an invite', () => {
    expect(ROLES.filter(canJoinWithoutInvite)).toEqual(['company', 'participant'])
  })

  it('[P10] lets facilitator and planner save and restore versions of the plan', () => {
    expect(ROLES.filter((r) => can(r, 'saveVersion'))).toEqual(['facilitator', 'planner'])
  })

  it('[P11] lets only company representatives sign, and only a facilitator withdraw any', () => {
    expect(ROLES.filter((r) => can(r, 'signCommitment'))).toEqual(['company'])
    expect(ROLES.filter((r) => can(r, 'withdrawAnyCommitment'))).toEqual(['facilitator'])
  })
})
