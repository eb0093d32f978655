// Popup entry: render the app; if that fails, say so plainly instead of leaving a blank box.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { messagesLanguage, t } from '../ui/i18n';
import { followThemeSetting } from '../ui/pageTheme';
import { App } from './App';
import { noteHistoryEntry } from './history';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = messagesLanguage();
  // The theme setting (Options) holds here as on the tooltip and the options page; the popup lives as long as this page.
  followThemeSetting(new AbortController().signal);
  // Number the entry the popup opened on before any view asks whether it can go back.
  noteHistoryEntry();
  // In a tab (the tooltip's "Full entry", a deep link), not the toolbar's popup: the page may flow with a narrow window
  // (popup.css). The toolbar's popup is in no tab.
  browser.tabs.getCurrent().then(
    (tab) => {
      if (tab) document.documentElement.dataset.inTab = '';
    },
    () => {},
  );
  try {
    render(<App />, root);
  } catch (error) {
    console.error('[Layerlens] popup failed', error);
    root.textContent = t('popupFailed');
  }
}
