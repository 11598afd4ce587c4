import type { ProseMirrorJSON } from '@pactboard/shared'
import type { Cell, PlanModel } from '@pactboard/shared/plan'
import { type Block, planBlocks, type TableBlock } from './blocks.ts'
import type { ExportText } from './exportText.ts'

/** The plan as Markdown (GitHub-flavoured tables), for wikis, e-mails and diffs. */

export function renderMarkdown(model: PlanModel, text: ExportText): string {
  return `${planBlocks(model, text)
    .map((block) => renderBlock(block, text))
    .join('\n\n')}\n`
}

function renderBlock(block: Block, text: ExportText): string {
  switch (block.type) {
    case 'title':
      return `# ${escapeInline(block.text)}\n\n_${escapeInline(block.subtitle)}_`
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${escapeInline(block.text)}`
    case 'prose':
      return block.nodes.map((node) => renderNode(node, '')).join('\n\n')
    case 'paragraph':
      return block.italic ? `_${escapeInline(block.text)}_` : escapeInline(block.text)
    case 'bullets':
      return block.items.map((item) => `- ${escapeInline(item)}`).join('\n')
    case 'chart':
      // Markdown carries no image of its own; the numbers are in the tables around it
      return `_${escapeInline(block.caption)}_`
    case 'table':
      return renderTable(block, text)
  }
}

function renderTable(block: TableBlock, text: ExportText): string {
  const row = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`
  const numeric = (cell: Cell | undefined) => cell?.type === 'number'
  const first = block.rows[0]
  const align = block.header.map((_, i) => (numeric(first?.[i]) ? '---:' : '---'))
  return [
    row(block.header),
    `| ${align.join(' | ')} |`,
    ...block.rows.map((cells) => row(cells.map((cell) => text.format(cell)))),
  ].join('\n')
}

function escapeCell(value: string): string {
  return escapeInline(value).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

// Text from people must not turn into markup: escape what Markdown would read as syntax.
function escapeInline(value: string): string {
  return value.replace(/([\\`*_[\]<>#])/g, '\\$1')
}

function renderInline(nodes: ProseMirrorJSON[] = []): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '  \n'
      let out = escapeInline(node.text ?? '')
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') out = `**${out}**`
        else if (mark.type === 'italic') out = `_${out}_`
        else if (mark.type === 'strike') out = `~~${out}~~`
        else if (mark.type === 'code') out = `\`${node.text ?? ''}\``
        else if (mark.type === 'link') out = `[${out}](${String(mark.attrs?.href ?? '')})`
      }
      return out
    })
    .join('')
}

function renderNode(node: ProseMirrorJSON, indent: string): string {
  const children = node.content ?? []
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, Number(node.attrs?.level ?? 3) + 1))} ${renderInline(children)}`
    case 'paragraph':
      return indent + renderInline(children)
    case 'bulletList':
    case 'orderedList':
      return children
        .map((item, i) => {
          const marker = node.type === 'orderedList' ? `${i + 1}.` : '-'
          const [head, ...rest] = (item.content ?? []).map((c) =>
            renderNode(c, `${indent}  `).trim(),
          )
          return [`${indent}${marker} ${head ?? ''}`, ...rest.map((r) => `${indent}  ${r}`)].join(
            '\n',
          )
        })
        .join('\n')
    case 'blockquote':
      return children.map((c) => `> ${renderNode(c, '')}`).join('\n>\n')
    case 'codeBlock':
      return `\`\`\`\n${children.map((c) => c.text ?? '').join('')}\n\`\`\``
    case 'horizontalRule':
      return '---'
    case 'table':
      return renderProseTable(node)
    default:
      return renderInline(children)
  }
}

function renderProseTable(node: ProseMirrorJSON): string {
  const rows = (node.content ?? []).map((row) =>
    (row.content ?? []).map((cell) =>
      (cell.content ?? [])
        .map((p) => renderInline(p.content))
        .join(' ')
        .replace(/\|/g, '\\|'),
    ),
  )
  const [head, ...body] = rows
  if (!head) return ''
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n')
}
