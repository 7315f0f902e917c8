import { useState } from 'preact/hooks';
import { plural, t } from '@/lib/i18n/i18n';
import type { ReadyReply } from '@/lib/domain/replies';
import type { ReplyCategoryRecord } from '@/lib/domain/reply-records';
import { rpc } from '@/lib/rpc/client';
import { ConfirmButton } from '../ui/ConfirmButton';
import { CategoryNameForm } from './CategoryNameForm';
import { ReplyForm } from './ReplyForm';
import { ReplyItem } from './ReplyItem';
import type { DeskDelivery } from '@/lib/rpc/contracts/desk';

interface Props {
  category: ReplyCategoryRecord;
  /** The replies to show (all, or those matching the search). */
  shown: ReadyReply[];
  otherNames: string[];
  first: boolean;
  last: boolean;
  searching: boolean;
  onError: (error: unknown) => void;
  onInserted: (result: DeskDelivery) => void;
}

/** A category with its replies and its actions: rename, move, delete, add a reply. */
export function CategoryCard({ category, shown, otherNames, first, last, searching, onError, onInserted }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [adding, setAdding] = useState(false);
  const titles = category.replies.map((reply) => reply.title);
  const move = (offset: number) => void rpc('replies.move', { categoryId: category.id, offset }).catch(onError);
  return (
    <section class="reply-category" aria-labelledby={`category-${category.id}`} data-testid="reply-category">
      <header class="reply-head">
        {renaming ? (
          <CategoryNameForm id={category.id} initial={category.name} others={otherNames} submitLabel={t('common.save')} onDone={() => setRenaming(false)} />
        ) : (
          <>
            <h3 id={`category-${category.id}`}>
              {category.name} <span class="small muted">{plural('replies.count', category.replies.length)}</span>
            </h3>
            <div class="row actions">
              <button type="button" aria-label={t('replies.editLabel', { name: category.name })} onClick={() => setRenaming(true)}>{t('replies.rename')}</button>
              <button type="button" aria-label={t('replies.moveUp', { name: category.name })} disabled={first || searching} onClick={() => move(-1)}>↑</button>
              <button type="button" aria-label={t('replies.moveDown', { name: category.name })} disabled={last || searching} onClick={() => move(1)}>↓</button>
              <ConfirmButton
                label={t('common.delete')}
                ariaLabel={t('replies.deleteLabel', { name: category.name })}
                question={plural('replies.deleteCategoryConfirm', category.replies.length, { name: category.name })}
                onConfirm={() => void rpc('replies.deleteCategory', { id: category.id }).catch(onError)}
              />
            </div>
          </>
        )}
      </header>
      {category.replies.length === 0 && <p class="small muted">{t('replies.categoryEmpty')}</p>}
      <ul class="reply-list">
        {shown.map((reply, index) => (
          <ReplyItem
            key={reply.id}
            categoryId={category.id}
            reply={reply}
            otherTitles={titles.filter((title) => title !== reply.title)}
            first={index === 0 || searching}
            last={index === shown.length - 1 || searching}
            onError={onError}
            onInserted={onInserted}
          />
        ))}
      </ul>
      {adding ? (
        <ReplyForm categoryId={category.id} otherTitles={titles} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>+ {t('replies.newReply')}</button>
      )}
    </section>
  );
}
