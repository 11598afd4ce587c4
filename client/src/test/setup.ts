// Runs before every test file: DOM matchers, an in-memory IndexedDB, English UI text, and
// fresh stores after each test (STYLE §7: reset stores between tests).
import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { resetSessionStore } from '../app/sessionStore.ts'
import { resetUiStore } from '../app/uiStore.ts'
import { resetBoardViewStore } from '../features/board/boardViewStore.ts'
import { resetMyVotesStore } from '../features/voting/myVotesStore.ts'
import { resetConsoleStore } from '../features/workshop/consoleStore.ts'
import { initI18n } from '../i18n/i18n.ts'
import { i18n as i18next } from '../i18n/texts.ts'
import { addWorkspaceTexts } from '../i18n/workspaceTexts.ts'
import { resetConnectionStore } from '../sync/connectionStore.ts'
import { resetRecoveryStore } from '../sync/recoveryStore.ts'

await initI18n('en')
// The workspace's screens load their texts with them; a test renders them directly too.
await addWorkspaceTexts()

/**
 * A socket that never opens: component tests render screens that create WebsocketProviders,
 * and must not reach for a server. Sync itself is tested with real Y.Docs and real servers.
 */
class QuietWebSocket extends EventTarget {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  readonly CONNECTING = 0
  readonly OPEN = 1
  readonly CLOSING = 2
  readonly CLOSED = 3
  readyState = 0
  binaryType = 'arraybuffer'
  onopen: (() => void) | null = null
  onclose: (() => void) | null = null
  onerror: (() => void) | null = null
  onmessage: (() => void) | null = null
  constructor(readonly url: string) {
    super()
  }
  send(): void {}
  close(): void {
    this.readyState = 3
  }
}
// Assigned, not stubbed: a test's vi.unstubAllGlobals() must not bring the real one back.
globalThis.WebSocket = QuietWebSocket as unknown as typeof WebSocket

afterEach(async () => {
  cleanup()
  resetSessionStore()
  resetUiStore()
  resetConnectionStore()
  resetRecoveryStore()
  resetMyVotesStore()
  resetBoardViewStore()
  resetConsoleStore()
  localStorage.clear()
  // also drops a switch a test left loading
  await i18next.changeLanguage('en')
})
