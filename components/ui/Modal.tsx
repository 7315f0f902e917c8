import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n/i18n';

/** A native modal dialog: focus moves in, Esc closes, focus returns to where it was. */
export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.showModal();
    return () => opener?.focus();
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
