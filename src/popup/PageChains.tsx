// "On this page": the chains the content script marked on the active tab, grouped by layer.
import { useState } from 'preact/hooks';
import { chainById } from '../data';
import type { Chain } from '../data/types';
import { hostForDisplay } from '../settings/punycode';
import { t } from '../ui/i18n';
import { groupPageChains } from './format';
import { layerLabel } from './labels';
import { LayerBadge } from './LayerBadge';
import { revealMention, type PageInfo } from './page';
import { ShortcutHint } from './ShortcutHint';

function Notice(props: { title: string; text: string }) {
  return (
    <div class="notice">
      <p class="notice-title">{props.title}</p>
      <p>{props.text}</p>
      <p>
        <a href="#learn">{t('popupNoticeLearnLink')}</a> · <a href="#directory">{t('popupNoticeDirectoryLink')}</a>
      </p>
    </div>
  );
}

export function PageChains({ page }: { page: PageInfo }) {
  const [status, setStatus] = useState('');

  if (page.status === 'loading') return <p class="muted">{t('popupPageLoading')}</p>;
  if (page.status === 'starting') return <p class="muted">{t('popupPageStarting')}</p>;
  if (page.status === 'unavailable') {
    if (page.reason === 'not-allowed') return <Notice title={t('popupPageNotAllowedTitle')} text={t('popupPageNotAllowed')} />;
    return <Notice title={t('popupPageUnavailableTitle')} text={t(page.reason === 'closed' ? 'popupPageClosed' : 'popupPageUnavailable')} />;
  }

  const { state, tabId } = page;
  if (!state.active) {
    switch (state.reason) {
      case 'paused':
        return <Notice title={t('popupPagePausedTitle')} text={t('popupPagePaused')} />;
      case 'site-off':
        return <Notice title={t('popupPageSiteOffTitle', hostForDisplay(state.host))} text={t('popupPageSiteOff')} />;
      case 'not-crypto':
        return <Notice title={t('popupPageNotCryptoTitle')} text={t('popupPageNotCrypto')} />;
      default:
        return <Notice title={t('popupPageUnsupportedTitle')} text={t('popupPageUnsupported')} />;
    }
  }

  const groups = groupPageChains(state.chains, chainById);
  if (groups.length === 0) return <Notice title={t('popupPageEmptyTitle')} text={t('popupPageEmpty')} />;

  const distinct = groups.reduce((n, g) => n + g.items.length, 0);
  const reveal = async (chain: Chain) => {
    const found = await revealMention(tabId, chain.id);
    setStatus(found ? t('popupRevealDone', chain.name) : t('popupRevealNone', chain.name));
  };

  return (
    <div class="page-chains">
      <p class="summary">
        {distinct === 1 ? t('popupPageSummaryOne', hostForDisplay(state.host)) : t('popupPageSummary', [String(distinct), hostForDisplay(state.host)])}
      </p>
      <p class="hint">{t('popupPageHint')}</p>
      <ShortcutHint />
      {groups.map((group) => (
        <section key={group.layer} class="layer-group" aria-labelledby={`page-l${group.layer}`}>
          <h2 id={`page-l${group.layer}`} class="group-title">
            <LayerBadge layer={group.layer} decorative /> {layerLabel(group.layer)}
          </h2>
          <ul class="rows">
            {group.items.map(({ chain, count }) => (
              <li key={chain.id} class="row">
                <button type="button" class="row-main" onClick={() => void reveal(chain)}>
                  <span class="row-name">{chain.name}</span>
                  <span class="count" aria-label={count === 1 ? t('popupMentionsOne') : t('popupMentions', String(count))}>
                    {count}
                  </span>
                </button>
                <a class="row-more" href={`#chain=${chain.id}`} aria-label={t('popupDetailsFor', chain.name)}>
                  {t('popupDetails')}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p class="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
