import { type Language, languagePack } from '@pactboard/shared'
import { i18n } from './texts.ts'

/**
 * The workspace's screens speak texts of their own (the staff's pages, the candidate list, what
 * happened to one's proposals), which no phone loads for its first screens: the translator adds
 * them when one of those screens is first shown, and keeps them in every language after.
 */
async function loadWorkspaceTexts(language: Language): Promise<Record<string, unknown>> {
  return { ...(await languagePack(language).workspaceScreens()) }
}

/** Resolves once the screen's language has the workspace's texts. */
export function addWorkspaceTexts(): Promise<void> {
  return i18n.extend(loadWorkspaceTexts)
}

/** A lazy screen's module, resolved once the workspace's texts are in too. */
export async function withWorkspaceTexts<T>(module: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([module, addWorkspaceTexts()])
  return loaded
}
