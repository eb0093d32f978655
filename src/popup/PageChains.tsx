// "On this page": the chains the content script marked on the active tab, grouped by layer, and apart from them the
// chains it found but the layer settings leave unmarked (with a way to mark them).
import browser from 'webextension-polyfill';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { chainById } from '../data';
import type { Chain } from '../data/types';
import { hostForDisplay } from '../settings/punycode';
import { t } from '../ui/i18n';
import { addSiteRule } from '../settings/sites';
import { loadSettings, saveSettings } from '../settings/storage';
import { layersToMark, listPageChains, type PageItem } from './format';
import { layerLabel } from './labels';
import { LayerBadge } from './LayerBadge';
import { revealMention, type PageInfo } from './page';
import { ShortcutHint } from './ShortcutHint';

function Notice(props: { title: string; text: string; children?: ComponentChildren }) {
  return (
    <div class="notice">
      <p class="notice-title">{props.title}</p>
      <p>{props.text}</p>
      {props.children}
      <p>
        <a href="#learn">{t('popupNoticeLearnLink')}</a> · <a href="#directory">{t('popupNoticeDirectoryLink')}</a>
      </p>
    </div>
  );
}

function ChainRow({ item, onReveal }: { item: PageItem; onReveal: (chain: Chain) => void }) {
  const { chain, count } = item;
  return (
    <li class="row">
      <button type="button" class="row-main" onClick={() => onReveal(chain)}>
        <span class="row-name">{chain.name}</span>
        <span class="count" aria-label={count === 1 ? t('popupMentionsOne') : t('popupMentions', String(count))}>
          {count}
        </span>
      </button>
      <a class="row-more" href={`#chain=${chain.id}`} aria-label={t('popupDetailsFor', chain.name)}>
        {t('popupDetails')}
      </a>
    </li>
  );
}

/** Chains found that the layer settings leave unmarked: listed apart, with one button to mark them too. */
function Unmarked({ items, onReveal, onStatus }: { items: PageItem[]; onReveal: (chain: Chain) => void; onStatus: (text: string) => void }) {
  const markThem = async () => {
    try {
      await saveSettings({ layers: layersToMark(items) });
      onStatus(t('popupUnmarkedShown'));
    } catch (error) {
      console.warn('[Layerlens] popup could not save settings', error);
      onStatus(t('popupUnmarkedFailed'));
    }
  };
  const openOptions = () => void browser.runtime.openOptionsPage().catch(() => undefined);
  return (
    <section class="layer-group unmarked" aria-labelledby="page-unmarked">
      <h2 id="page-unmarked" class="group-title">
        {t('popupUnmarkedTitle')}
      </h2>
      <p class="hint">{t('popupUnmarkedText')}</p>
      <ul class="rows">
        {items.map((item) => (
          <ChainRow key={item.chain.id} item={item} onReveal={onReveal} />
        ))}
      </ul>
      <p class="unmarked-actions">
        <button type="button" class="link-button" onClick={() => void markThem()}>
          {t('popupUnmarkedShow')}
        </button>
        <button type="button" class="link-button" onClick={openOptions}>
          {t('popupUnmarkedOptions')}
        </button>
      </p>
    </section>
  );
}

/**
 * Only pages about crypto are marked here, and this is not one: say so, and offer what the reader may want instead,
 * marking every page of this site (its own rule, which the content script follows at once) or the options.
 */
function NotCrypto({ host }: { host: string }) {
  const [status, setStatus] = useState('');
  const shown = hostForDisplay(host);
  const markSite = async () => {
    try {
      await saveSettings({ siteRules: addSiteRule(await loadSettings(), host, 'always').siteRules });
      setStatus(t('popupNotCryptoMarking', shown));
    } catch (error) {
      console.warn('[Layerlens] popup could not save settings', error);
      setStatus(t('popupUnmarkedFailed'));
    }
  };
  const openOptions = () => void browser.runtime.openOptionsPage().catch(() => undefined);
  return (
    <Notice title={t('popupPageNotCryptoTitle')} text={t('popupPageNotCrypto')}>
      <p class="unmarked-actions">
        {host && (
          <button type="button" class="link-button" onClick={() => void markSite()}>
            {t('popupNotCryptoMarkSite', shown)}
          </button>
        )}
        <button type="button" class="link-button" onClick={openOptions}>
          {t('popupNotCryptoOptions')}
        </button>
      </p>
      <p class="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </Notice>
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
        return <NotCrypto host={state.host} />;
      default:
        return <Notice title={t('popupPageUnsupportedTitle')} text={t('popupPageUnsupported')} />;
    }
  }

  const { groups, unmarked } = listPageChains(state.chains, chainById);
  if (groups.length === 0 && unmarked.length === 0) return <Notice title={t('popupPageEmptyTitle')} text={t('popupPageEmpty')} />;

  const distinct = groups.reduce((n, g) => n + g.items.length, 0);
  const reveal = async (chain: Chain) => {
    const found = await revealMention(tabId, chain.id);
    setStatus(found ? t('popupRevealDone', chain.name) : t('popupRevealNone', chain.name));
  };
  const onReveal = (chain: Chain) => void reveal(chain);
  const host = hostForDisplay(state.host);

  return (
    <div class="page-chains">
      <p class="summary">
        {distinct === 0 ? t('popupPageSummaryNone', host) : distinct === 1 ? t('popupPageSummaryOne', host) : t('popupPageSummary', [String(distinct), host])}
      </p>
      <p class="hint">{t('popupPageHint')}</p>
      <ShortcutHint />
      {groups.map((group) => (
        <section key={group.layer} class="layer-group" aria-labelledby={`page-l${group.layer}`}>
          <h2 id={`page-l${group.layer}`} class="group-title">
            <LayerBadge layer={group.layer} decorative /> {layerLabel(group.layer)}
          </h2>
          <ul class="rows">
            {group.items.map((item) => (
              <ChainRow key={item.chain.id} item={item} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      ))}
      {unmarked.length > 0 && <Unmarked items={unmarked} onReveal={onReveal} onStatus={setStatus} />}
      <p class="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
