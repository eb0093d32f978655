import type { Chain } from '../../data/types';
import { t } from '../../ui/i18n';

/** A plain warning for chains that have shut down or are winding down; nothing for active chains. */
export function StatusWarning({ chain }: { chain: Chain }) {
  if (chain.status === 'active') return null;
  return (
    <p class={`warning warning-${chain.status}`} role="note">
      <span class="warning-icon" aria-hidden="true">
        !
      </span>
      {chain.status === 'shut-down' ? t('popupWarnShutDown', chain.name) : t('popupWarnWindingDown', chain.name)}
    </p>
  );
}
