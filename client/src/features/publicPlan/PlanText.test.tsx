import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PlanText } from './PlanText.tsx'

describe('the plan’s text, read-only', () => {
  it('draws sections under the page’s headings, with marks and safe links only', () => {
    render(
      <PlanText
        lang="sv"
        text={{
          narrative: [{ type: 'paragraph', content: [{ type: 'text', text: 'Inledning.' }] }],
          sections: [
            { number: 'A', title: 'Del A – Nuläge', level: 1, text: [] },
            {
              number: 'A-2',
              title: 'A-2 Nuvarande styrning',
              level: 2,
              text: [
                {
                  type: 'heading',
                  attrs: { level: 1 },
                  content: [{ type: 'text', text: 'Energi' }],
                },
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'Programmet', marks: [{ type: 'bold' }] },
                    {
                      type: 'text',
                      text: ' beslutet',
                      marks: [{ type: 'link', attrs: { href: 'https://example.org/beslut' } }],
                    },
                    {
                      type: 'text',
                      text: ' skriptet',
                      marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
                    },
                  ],
                },
                {
                  type: 'bulletList',
                  content: [
                    {
                      type: 'listItem',
                      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Punkt' }] }],
                    },
                  ],
                },
              ],
            },
          ],
        }}
      />,
    )
    expect(screen.getByRole('heading', { level: 3, name: 'Del A – Nuläge' })).toBeVisible()
    expect(screen.getByRole('heading', { level: 4, name: 'A-2 Nuvarande styrning' })).toBeVisible()
    expect(screen.getByRole('heading', { level: 5, name: 'Energi' })).toBeVisible()
    expect(screen.getByText('Programmet').tagName).toBe('STRONG')
    expect(screen.getByRole('link', { name: 'beslutet' })).toHaveAttribute(
      'href',
      'https://example.org/beslut',
    )
    expect(screen.queryByRole('link', { name: 'skriptet' })).not.toBeInTheDocument()
    expect(screen.getByText('skriptet', { exact: false })).toBeVisible()
    expect(screen.getByRole('listitem')).toHaveTextContent('Punkt')
    expect(screen.getByText('Inledning.').closest('[lang]')).toHaveAttribute('lang', 'sv')
  })
})
