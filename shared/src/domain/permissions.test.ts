import { describe, expect, it } from 'vitest'
import { ROLES } from './enums.ts'
import {
  can,
  canEditComment,
  canEditMeasure,
  canJoinWithoutInvite,
  canWithdrawMeasure,
  canWriteDoc,
  canWriteDocInPhase,
} from './permissions.ts'
import { NO_ALLOWS, NOT_STARTED_ALLOWS } from './phase.ts'

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

  it('[P28] lets facilitator and planner publish the plan, and nobody else', () => {
    expect(ROLES.filter((r) => can(r, 'publishPlan'))).toEqual(['facilitator', 'planner'])
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

  it('[P12] lets only a facilitator remove people and lock joining', () => {
    expect(ROLES.filter((r) => can(r, 'removeParticipant'))).toEqual(['facilitator'])
    expect(ROLES.filter((r) => can(r, 'lockJoining'))).toEqual(['facilitator'])
  })

  it('[P13] lets every board writer comment and react, and no observer', () => {
    const writers = ['facilitator', 'planner', 'company', 'participant']
    expect(ROLES.filter((r) => can(r, 'comment'))).toEqual(writers)
    expect(ROLES.filter((r) => can(r, 'react'))).toEqual(writers)
  })

  it('[P14] lets a proposer withdraw their own measure, and facilitator and planner any', () => {
    expect(ROLES.filter((r) => canWithdrawMeasure(r, 'p1', 'p1'))).toEqual([
      'facilitator',
      'planner',
      'company',
      'participant',
    ])
    expect(ROLES.filter((r) => canWithdrawMeasure(r, 'p1', 'p2'))).toEqual([
      'facilitator',
      'planner',
    ])
  })

  it('[P15] lets only its author edit or remove a comment, not even a facilitator', () => {
    expect(ROLES.filter((r) => canEditComment(r, 'p1', 'p1'))).toEqual([
      'facilitator',
      'planner',
      'company',
      'participant',
    ])
    expect(ROLES.filter((r) => canEditComment(r, 'p1', 'p2'))).toEqual([])
  })
})

describe('[P16] board writes by phase', () => {
  const closed = { ...NO_ALLOWS, vote: true }
  const reactOnly = { ...NO_ALLOWS, react: true }

  it('[P16] refuses participant and company board writes in a phase that allows no board action', () => {
    expect(ROLES.filter((r) => canWriteDocInPhase(r, 'board', closed))).toEqual([
      'facilitator',
      'planner',
    ])
  })

  it('[P16] opens the board to them when the phase allows any board action', () => {
    expect(ROLES.filter((r) => canWriteDocInPhase(r, 'board', reactOnly))).toEqual([
      'facilitator',
      'planner',
      'company',
      'participant',
    ])
    expect(canWriteDocInPhase('participant', 'board', NOT_STARTED_ALLOWS)).toBe(true)
  })

  it('[P16] changes nothing for the other docs', () => {
    for (const doc of ['control', 'plan', 'ledger'] as const) {
      for (const role of ROLES) {
        expect(canWriteDocInPhase(role, doc, closed)).toBe(canWriteDoc(role, doc))
      }
    }
  })
})

describe('[P17]–[P19] moderation and who sees every proposal', () => {
  const holders = (capability: Parameters<typeof can>[1]) => ROLES.filter((r) => can(r, capability))

  it('[P17] lets only a facilitator moderate', () => {
    expect(holders('moderate')).toEqual(['facilitator'])
  })

  it('[P18] lets planners, companies and participants report a card; observers only read', () => {
    expect(holders('report')).toEqual(['planner', 'company', 'participant'])
  })

  it('[P19] shows every proposal to facilitators and planners only', () => {
    expect(holders('seeEveryProposal')).toEqual(['facilitator', 'planner'])
  })

  it('[P20] gives a vote to participants and company representatives only', () => {
    expect(holders('vote')).toEqual(['company', 'participant'])
  })

  it('[P27] lets staff curate the candidate list and proposers follow their own proposals', () => {
    expect(ROLES.filter((r) => can(r, 'curateCandidates'))).toEqual(['facilitator', 'planner'])
    expect(ROLES.filter((r) => can(r, 'followOwnProposals'))).toEqual(['company', 'participant'])
  })
})
