import { customAlphabet } from 'nanoid'

/**
 * Ids for records created on any device. nanoid draws from `crypto.getRandomValues`, which,
 * unlike `crypto.randomUUID`, also exists on a phone that opened the app over plain http on the
 * venue's network.
 */
const makeId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 16)

export function newId(): string {
  return makeId()
}
