import { useErrorBoundary, useState } from 'preact/hooks';
import { Fragment, type ComponentChildren, type ComponentType } from 'preact';
import { errorMessage } from '@/lib/i18n/error-message';
import { t } from '@/lib/i18n/i18n';

/**
 * Keeps a failure while drawing one part of a page (a section, or a whole popup or options page)
 * inside that part: the rest of the page keeps working, and the part says what happened in the
 * user's language and offers to draw itself again.
 */
export function ErrorBoundary({ name, children }: { name: string; children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary((caught: unknown) => console.error(`${name}:`, caught));
  const [attempt, setAttempt] = useState(0);
  if (error !== undefined) {
    return (
      <div class="notice error" role="alert" data-testid="section-failed">
        <span>{t('boundary.failed', { name, error: errorMessage(error) })}</span>
        <button
          type="button"
          onClick={() => {
            setAttempt((value) => value + 1);
            reset();
          }}
        >
          {t('boundary.reload')}
        </button>
      </div>
    );
  }
  // A new key draws the part from scratch: its state is what failed.
  return <Fragment key={attempt}>{children}</Fragment>;
}

/** A page's root component inside its own boundary (for the popup and the options page). */
export function guarded<P extends object>(Root: ComponentType<P>): ComponentType<P> {
  return function GuardedPage(props: P) {
    return (
      <ErrorBoundary name={t('boundary.page')}>
        <Root {...props} />
      </ErrorBoundary>
    );
  };
}
