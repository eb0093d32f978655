// Live preview of the look: a sample sentence with a marked chain name, and a sample tooltip card, both drawn with
// the current mark style, colour, theme and text size.
import type { Settings } from '../settings/schema';
import { t } from '../ui/i18n';
import { LAYER_COLORS } from '../ui/layers';

const SLOT = '\u2063NAME\u2063';

/** The same look the content script gives marks (see highlightCss in src/content/highlighter.ts). */
export function markStyleFor(style: Settings['markStyle'], color: string): Record<string, string> {
  if (style === 'underline') {
    return { textDecoration: `underline dotted ${color} 2px`, textUnderlineOffset: '3px' };
  }
  if (style === 'background') return { backgroundColor: `${color}2e`, borderRadius: '2px' };
  return {};
}

export function Preview({ settings, color }: { settings: Settings; color: string }) {
  const sentence = t('optionsPreviewSentence', SLOT);
  const [before, after] = sentence.includes(SLOT) ? sentence.split(SLOT, 2) : [`${sentence} `, ''];
  return (
    <figure class="preview" aria-label={t('optionsPreview')}>
      <p class="preview-sentence">
        {before}
        <span class="preview-mark" data-testid="preview-mark" style={markStyleFor(settings.markStyle, color)}>
          {t('optionsPreviewName')}
        </span>
        {after}
      </p>
      <div class="preview-card" data-theme={settings.theme} data-size={settings.textSize} aria-hidden="true">
        <div class="preview-card-head">
          <span class="preview-badge" style={{ background: LAYER_COLORS[2] }}>{t('layerShort', '2')}</span>
          <span class="preview-card-name">{t('optionsPreviewCardName')}</span>
        </div>
        <p class="preview-card-parent">{t('optionsPreviewCardParent')}</p>
        <p class="preview-card-summary">{t('optionsPreviewCardSummary')}</p>
      </div>
    </figure>
  );
}
