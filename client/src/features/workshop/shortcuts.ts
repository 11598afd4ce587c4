/**
 * The workshop's keyboard shortcuts: one list, read by the key handlers and by the help dialog,
 * so that what the dialog says is what the keys do. Single keys, as a facilitator at a laptop
 * in front of a room presses them without looking; never while typing (form fields are left
 * alone) nor while a dialog is open.
 */
export const SHORTCUTS = [
  { key: 'n', action: 'nextPhase', facilitator: true },
  { key: 'p', action: 'previousPhase', facilitator: true },
  { key: 't', action: 'toggleTimer', facilitator: true },
  { key: 'm', action: 'addMinute', facilitator: true },
  { key: 'r', action: 'toggleResults', facilitator: true },
  { key: 's', action: 'silentMode', facilitator: true },
  { key: 'b', action: 'bringEveryone', facilitator: true },
  { key: 'c', action: 'toggleConsole', facilitator: true },
  { key: '/', action: 'search', facilitator: false },
  { key: '?', action: 'help', facilitator: false },
] as const

export type ShortcutAction = (typeof SHORTCUTS)[number]['action']

/** The shortcuts someone has: everyone searches and asks for help; the rest runs the room. */
export function shortcutsFor(facilitating: boolean) {
  return SHORTCUTS.filter((shortcut) => facilitating || !shortcut.facilitator)
}
