// Live preview of the look: a sample sentence with a marked chain name, and a sample tooltip card, both drawn with
// the current mark style, colour, theme and text size.
import type { Settings } from '../settings/schema';
import { t } from '../ui/i18n';
import { LAYER_COLORS } from '../ui/layers';
import { markStyleFor } from './markStyle';

const SLOT = '\u2063NAME\u2063';

export function Preview({ settings, color, decorations }: { settings: Settings; color: string; decorations: boolean }) {
  const sentence = t('optionsPreviewSentence', SLOT);
  const [before, after] = sentence.includes(SLOT) ? sentence.split(SLOT, 2) : [`${sentence} `, ''];
  return (
    <figure class="preview" aria-label={t('optionsPreview')}>
      <p class="preview-sentence">
        {before}
        <span class="preview-mark" data-testid="preview-mark" style={markStyleFor(settings.markStyle, color, decorations)}>
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
