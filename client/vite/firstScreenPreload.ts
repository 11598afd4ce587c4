import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * The entry starts the app with a dynamic import (main.tsx says why), so the HTML names only the
 * entry's own chunks and a phone learns of the app's chunks one level of imports at a time: on a
 * network with 150 ms round trips, each level is a round trip before the next request starts.
 * This names in the HTML every chunk and style sheet that the given dynamic entries import
 * statically, so the browser asks for all of them as soon as it reads the page.
 */
export function firstScreenPreload(entries: readonly string[]): Plugin {
  return {
    name: 'pactboard:first-screen-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return []
        const chunks = new Map<string, { imports: string[]; css: string[] }>()
        const starts: string[] = []
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue
          chunks.set(output.fileName, {
            imports: output.imports,
            css: [...(output.viteMetadata?.importedCss ?? [])],
          })
          const source = output.facadeModuleId?.replaceAll('\\', '/') ?? ''
          if (entries.some((entry) => source.endsWith(entry))) starts.push(output.fileName)
        }
        const missing = entries.length - starts.length
        if (missing > 0) throw new Error(`firstScreenPreload: ${missing} entry chunk(s) not found`)

        const scripts = new Set<string>()
        const styles = new Set<string>()
        const visit = (fileName: string) => {
          if (scripts.has(fileName)) return
          scripts.add(fileName)
          const chunk = chunks.get(fileName)
          for (const css of chunk?.css ?? []) styles.add(css)
          for (const imported of chunk?.imports ?? []) visit(imported)
        }
        for (const start of starts) visit(start)

        const tags: HtmlTagDescriptor[] = []
        for (const fileName of scripts) {
          if (html.includes(`/${fileName}"`)) continue
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
            injectTo: 'head',
          })
        }
        for (const fileName of styles) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${fileName}` },
            injectTo: 'head',
          })
        }
        return tags
      },
    },
  }
}
