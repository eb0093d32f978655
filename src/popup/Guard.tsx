// One failing part of the popup shows a short note and logs once; the other parts keep working.
import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { t } from '../ui/i18n';

export function Guard({ part, children }: { part: string; children: ComponentChildren }) {
  const [error] = useErrorBoundary((e: unknown) => console.error(`[Layerlens] popup ${part} failed`, e));
  if (error) return <p class="notice">{t('popupPartFailed')}</p>;
  return <>{children}</>;
}
