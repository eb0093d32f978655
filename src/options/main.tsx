// Options page entry: render the app; if that fails, say so plainly instead of leaving a blank page.
import { render } from 'preact';
import { messagesLanguage, t } from '../ui/i18n';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = messagesLanguage();
  try {
    document.title = t('optionsTitle');
    render(<App />, root);
  } catch (error) {
    console.error('[Layerlens] options page failed', error);
    root.textContent = t('optionsFailed');
  }
}
