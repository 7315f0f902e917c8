import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';
import type { ReadyReply } from '@/lib/domain/replies';
import { rpc } from '@/lib/rpc/client';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ReplyForm } from './ReplyForm';
import { CollapsibleText } from '../ui/CollapsibleText';
import type { DeskDelivery } from '@/lib/rpc/contracts/desk';

interface Props {
  categoryId: string;
  reply: ReadyReply;
  otherTitles: string[];
  first: boolean;
  last: boolean;
  onError: (error: unknown) => void;
  onInserted: (result: DeskDelivery) => void;
}

/** One reply: its title and text (as text), insert into the desk, edit, move, delete. */
export function ReplyItem({ categoryId, reply, otherTitles, first, last, onError, onInserted }: Props) {
  const [editing, setEditing] = useState(false);
  if (editing) return <li class="reply-item"><ReplyForm categoryId={categoryId} reply={reply} otherTitles={otherTitles} onDone={() => setEditing(false)} /></li>;
  const move = (offset: number) => void rpc('replies.move', { categoryId, replyId: reply.id, offset }).catch(onError);
  return (
    <li class="reply-item" data-testid="reply-item">
      <div class="reply-head">
        <strong>{reply.title}</strong>
        <div class="row actions">
          <button type="button" class="primary" aria-label={t('replies.insertLabel', { title: reply.title })} onClick={() => rpc('replies.insert', { replyId: reply.id }).then(onInserted, onError)}>
            {t('replies.insert')}
          </button>
          <button type="button" aria-label={t('replies.editLabel', { name: reply.title })} onClick={() => setEditing(true)}>{t('common.edit')}</button>
          <button type="button" aria-label={t('replies.moveUp', { name: reply.title })} disabled={first} onClick={() => move(-1)}>↑</button>
          <button type="button" aria-label={t('replies.moveDown', { name: reply.title })} disabled={last} onClick={() => move(1)}>↓</button>
          <ConfirmButton label={t('common.delete')} ariaLabel={t('replies.deleteLabel', { name: reply.title })} question={t('replies.deleteReplyConfirm', { name: reply.title })} onConfirm={() => void rpc('replies.deleteReply', { categoryId, replyId: reply.id }).catch(onError)} />
        </div>
      </div>
      <CollapsibleText class="reply-text" text={reply.text} />
    </li>
  );
}
