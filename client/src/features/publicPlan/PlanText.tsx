import type { ProseMirrorJSON, PublicPlanText } from '@pactboard/shared'
import { Fragment, type ReactNode } from 'react'

/**
 * The plan's text, read-only, drawn from its ProseMirror JSON as plain elements: a public page
 * needs no editor (Tiptap stays in the plan screen's chunk). The server has already kept only
 * the nodes and marks of the plan's schema ([G7], shared/src/plan/publicText.ts); anything else
 * that arrives is drawn as its text.
 */

const SAFE_HREF = /^(https?:|mailto:)/i

function withMarks(text: string, marks: ProseMirrorJSON['marks']): ReactNode {
  let node: ReactNode = text
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') node = <strong>{node}</strong>
    else if (mark.type === 'italic') node = <em>{node}</em>
    else if (mark.type === 'strike') node = <s>{node}</s>
    else if (mark.type === 'underline') node = <u>{node}</u>
    else if (mark.type === 'code') node = <code>{node}</code>
    else if (mark.type === 'link') {
      const href = String(mark.attrs?.href ?? '')
      if (SAFE_HREF.test(href)) {
        node = (
          <a href={href} rel="noopener noreferrer nofollow">
            {node}
          </a>
        )
      }
    }
  }
  return node
}

const span = (value: unknown) => (typeof value === 'number' && value > 1 ? value : undefined)

/** `headingBase`: the level the text's own top headings take, below the page's. */
function render(node: ProseMirrorJSON, key: number, headingBase: number): ReactNode {
  const children = (node.content ?? []).map((child, i) => render(child, i, headingBase))
  switch (node.type) {
    case 'text':
      return <Fragment key={key}>{withMarks(node.text ?? '', node.marks)}</Fragment>
    case 'paragraph':
      return <p key={key}>{children}</p>
    case 'heading': {
      const level = Math.min(6, headingBase + Math.max(0, Number(node.attrs?.level ?? 1) - 1))
      const Heading = `h${level}` as 'h5'
      return <Heading key={key}>{children}</Heading>
    }
    case 'bulletList':
      return <ul key={key}>{children}</ul>
    case 'orderedList':
      return (
        <ol key={key} start={span(node.attrs?.start)}>
          {children}
        </ol>
      )
    case 'listItem':
      return <li key={key}>{children}</li>
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children}</code>
        </pre>
      )
    case 'hardBreak':
      return <br key={key} />
    case 'horizontalRule':
      return <hr key={key} />
    case 'table':
      return (
        <div key={key} className="table-scroll">
          <table className="plan-text__table">
            <tbody>{children}</tbody>
          </table>
        </div>
      )
    case 'tableRow':
      return <tr key={key}>{children}</tr>
    case 'tableHeader':
      return (
        <th key={key} colSpan={span(node.attrs?.colspan)} rowSpan={span(node.attrs?.rowspan)}>
          {children}
        </th>
      )
    case 'tableCell':
      return (
        <td key={key} colSpan={span(node.attrs?.colspan)} rowSpan={span(node.attrs?.rowspan)}>
          {children}
        </td>
      )
    default:
      return <Fragment key={key}>{children}</Fragment>
  }
}

export function PlanText({ text, lang }: { text: PublicPlanText; lang: string }) {
  return (
    <div className="plan-text" lang={lang}>
      {text.narrative.map((node, i) => render(node, i, 3))}
      {text.sections.map((section) => {
        const Heading = section.level === 1 ? 'h3' : 'h4'
        return (
          <section key={`${section.number} ${section.title}`} className="plan-text__section">
            <Heading>{section.title}</Heading>
            {section.text.map((node, j) => render(node, j, 5))}
          </section>
        )
      })}
    </div>
  )
}
