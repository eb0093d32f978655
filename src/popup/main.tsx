// Popup entry: render the app; if that fails, say so plainly instead of leaving a blank box.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  try {
    document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
  } catch {
    // Keep the page's lang="en".
  }
  try {
    render(<App />, root);
  } catch (error) {
    console.error('[Layerlens] popup failed', error);
    root.textContent = t('popupFailed');
  }
}
