import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { t } from '@/lib/i18n/i18n';
import { ErrorNotice } from './ErrorNotice';

/** A component whose code is loaded the first time it is shown (or earlier, with `preload`). */
export type LazyComponent<P> = ComponentType<P> & { preload(): Promise<ComponentType<P>> };

/**
 * Wraps a dynamic import as a component: "Cargando…" until the code is there, a retry if it could
 * not be loaded, then the component itself (at once when its code is `ready` already).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, ready?: ComponentType<P>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined = ready;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  function Lazy(props: P) {
    const [, setShown] = useState(0);
    const [error, setError] = useState<unknown>();
    const [attempt, setAttempt] = useState(0);
    const waiting = loaded === undefined;
    useEffect(() => {
      // Decided by what this render drew, not by whether the code is there now: it may have arrived
      // between the render that said "Cargando…" and this effect (effects run after the paint), and
      // then only this `then` draws the component.
      if (!waiting) return;
      let current = true;
      preload().then(
        () => current && setShown((count) => count + 1),
        (caught: unknown) => current && setError(caught),
      );
      return () => {
        current = false;
      };
    }, [attempt, waiting]);
    if (loaded) {
      const Component = loaded;
      return <Component {...props} />;
    }
    if (error !== undefined) return <ErrorNotice error={error} onRetry={() => (setError(undefined), setAttempt(attempt + 1))} />;
    return <p class="muted" role="status">{t('common.loading')}</p>;
  }
  return Object.assign(Lazy, { preload });
}
