import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { joinUrlOf } from './JoinCode.tsx'
import { JoinCodePanel } from './JoinCodePanel.tsx'

describe('join code panel', () => {
  it('shows the facilitator the code, large, and a QR code', () => {
    render(<JoinCodePanel joinCode="ACDEFG" prominent />)
    expect(screen.getByRole('heading', { name: 'Invite people' })).toBeInTheDocument()
    expect(screen.getByLabelText('Join code')).toHaveTextContent('ACD-EFG')
    expect(
      screen.getByRole('img', { name: 'QR code that opens the join page' }),
    ).toBeInTheDocument()
  })

  it('links the QR code to the join page with the code', () => {
    expect(joinUrlOf('https://pactboard.example', 'ACDEFG')).toBe(
      'https://pactboard.example/join/ACDEFG',
    )
  })
})
