// The "Saving… / Saved" line, announced politely to screen readers.
import { t } from '../ui/i18n';
import type { SaveStatus as Status } from './useSettings';

export function SaveStatus({ status }: { status: Status }) {
  const text =
    status === 'saving'
      ? t('optionsStatusSaving')
      : status === 'saved'
        ? t('optionsStatusSaved')
        : status === 'error'
          ? t('optionsStatusError')
          : status === 'newer'
            ? t('optionsStatusNewer')
            : '';
  return (
    <p class={`save-status is-${status}`} role="status" aria-live="polite" data-testid="save-status">
      {status === 'saved' && (
        <svg viewBox="0 0 16 16" class="icon" aria-hidden="true">
          <path d="M6.2 11.6 2.8 8.2l1.1-1.1 2.3 2.3 5.9-5.9 1.1 1.1z" />
        </svg>
      )}
      {text}
    </p>
  );
}
