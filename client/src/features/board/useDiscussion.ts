import {
  type Comment,
  commentsByMeasure,
  observeComments,
  observeReactions,
  type ReactionCounts,
  reactionsByMeasure,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import { useY } from '../../sync/useY.ts'

/** Comments and reactions of the whole board, read once per change and handed to the cards. */

export function useCommentThreads(board: Y.Doc): Map<string, Comment[]> {
  return useY(board, commentsByMeasure, observeComments)
}

/** Reaction counts per measure, with `mine` set for `participantId` (fixed for a session). */
export function useReactions(board: Y.Doc, participantId: string): Map<string, ReactionCounts> {
  return useY(board, (doc) => reactionsByMeasure(doc, participantId), observeReactions)
}
