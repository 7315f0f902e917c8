import { t } from '@/lib/i18n/i18n';
import type { ReplyCategory } from '@/lib/domain/replies';
import type { ReplyConflictRecord } from '@/lib/domain/reply-records';
import { rpc } from '@/lib/rpc/client';

function Version({ heading, category, missing }: { heading: string; category: ReplyCategory | null | undefined; missing: string }) {
  return (
    <div class="conflict-version">
      <h4>{heading}</h4>
      {category ? (
        <>
          <p><strong>{category.name}</strong></p>
          <ul>
            {category.replies.map((reply) => (
              <li key={reply.id}><strong>{reply.title}</strong>: {reply.text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{missing}</p>
      )}
    </div>
  );
}

/** A change made on a number by someone else while ours was on its way: both versions, and the choice. */
export function ConflictNotice({ conflict, mine, number, onError }: { conflict: ReplyConflictRecord; mine: ReplyCategory | undefined; number: string; onError: (error: unknown) => void }) {
  const resolve = (keep: 'mine' | 'theirs') => void rpc('replies.resolveConflict', { categoryId: conflict.categoryId, installationId: conflict.installationId, keep }).catch(onError);
  const name = mine?.name ?? conflict.theirs?.name ?? '';
  return (
    <div class="notice warning conflict" role="alert" data-testid="reply-conflict">
      <span>{t('replies.conflict', { name, number })}</span>
      <div class="conflict-versions">
        <Version heading={t('replies.mine')} category={mine} missing={t('replies.deletedHere')} />
        <Version heading={t('replies.theirs', { number })} category={conflict.theirs} missing={t('replies.deletedThere')} />
      </div>
      <div class="row">
        <button type="button" onClick={() => resolve('mine')}>{t('replies.keepMine')}</button>
        <button type="button" onClick={() => resolve('theirs')}>{t('replies.keepTheirs', { number })}</button>
      </div>
    </div>
  );
}
