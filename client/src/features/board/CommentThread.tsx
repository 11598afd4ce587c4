import {
  addComment,
  type Comment,
  canEditComment,
  deleteComment,
  editComment,
  type Participant,
} from '@pactboard/shared'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { formatDate } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useRecoveryStore } from '../../sync/recoveryStore.ts'
import { CommentForm } from './CommentForm.tsx'

interface CommentThreadProps {
  board: Y.Doc
  measureId: string
  comments: readonly Comment[]
  me: Participant
  nameOf: (participantId: string) => string
  /** Whether `me` may post (and edit their own) now: a board writer, the measure not withdrawn. */
  canComment: boolean
}

/**
 * A measure's discussion behind a "Comments (N)" disclosure, closed by default so that a card
 * stays short on a phone. N counts the comments still there, not the removed ones.
 */
export function CommentThread(props: CommentThreadProps) {
  const { board, measureId, comments, me, nameOf, canComment } = props
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  // A comment of this person's that the server did not take comes back into the comment box.
  const kept = useRecoveryStore((s) => s.comments.find((k) => k.item.measureId === measureId))
  useEffect(() => {
    if (kept) setOpen(true)
  }, [kept])
  const count = comments.filter((c) => !c.deleted).length
  return (
    <details
      className="comments"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('comments.summary', { count })}</summary>
      {open ? (
        <div className="comments__body">
          {comments.length === 0 ? <p className="comments__empty">{t('comments.empty')}</p> : null}
          <ol className="comments__list" aria-label={t('comments.list')}>
            {comments.map((comment) => (
              <CommentItem
                key={comment.id}
                board={board}
                comment={comment}
                author={nameOf(comment.authorParticipantId)}
                mayEdit={canComment && canEditComment(me.role, me.id, comment.authorParticipantId)}
                me={me}
              />
            ))}
          </ol>
          {canComment ? (
            <CommentForm
              key={kept?.item.id ?? 'new'}
              name={t('comments.add')}
              label={t('comments.label')}
              submit={t('comments.post')}
              initial={kept?.item.text ?? ''}
              onSubmit={(text) => {
                addComment(board, { measureId, authorParticipantId: me.id, text })
                if (kept) useRecoveryStore.getState().dropComment(kept.item.id)
              }}
            />
          ) : null}
        </div>
      ) : null}
    </details>
  )
}

interface CommentItemProps {
  board: Y.Doc
  comment: Comment
  author: string
  mayEdit: boolean
  me: Participant
}

function CommentItem({ board, comment, author, mayEdit, me }: CommentItemProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const [editing, setEditing] = useState(false)
  return (
    <li className="comment">
      <p className="comment__meta">
        <span className="comment__author">{author}</span>{' '}
        <time dateTime={comment.createdAt}>{formatDate(comment.createdAt, language)}</time>
        {comment.editedAt && !comment.deleted ? ` · ${t('comments.edited')}` : null}
      </p>
      {comment.deleted ? (
        <p className="comment__removed">{t('comments.removed')}</p>
      ) : editing ? (
        <CommentForm
          name={t('comments.edit')}
          label={t('comments.editLabel')}
          submit={t('comments.save')}
          initial={comment.text}
          onSubmit={(text) => {
            editComment(board, comment.id, me.id, text)
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment__text">{comment.text}</p>
      )}
      {mayEdit && !comment.deleted && !editing ? (
        <div className="comment__actions">
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => deleteComment(board, comment.id, me.id)}
          >
            {t('comments.delete')}
          </button>
        </div>
      ) : null}
    </li>
  )
}
