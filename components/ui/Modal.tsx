import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n/i18n';
import { restoreFocus } from './focus';

/**
 * A native modal dialog: focus moves in, Esc closes, focus returns to where it was (or, when that
 * control is gone, as after deleting what it acted on, to the view's heading).
 */
export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.showModal();
    return () => restoreFocus(opener);
  }, []);
  return (
    <dialog ref={ref} class="modal" aria-labelledby="modal-title" onClose={onClose}>
      <header>
        <h2 id="modal-title">{title}</h2>
        <button type="button" onClick={() => ref.current?.close()}>{t('common.close')}</button>
      </header>
      {children}
    </dialog>
  );
}
