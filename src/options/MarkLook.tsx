// Mark style and colour, with the live preview beside them. The colour follows the picker as it moves and is saved
// when it settles, so dragging does not flood storage.sync (it allows about two writes a second).
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type MarkStyle } from '../settings/schema';
import { normalizeColor } from '../settings/validate';
import { paintsDecorations } from '../ui/engine';
import { t } from '../ui/i18n';
import { ChoiceGroup } from './controls';
import type { OptionsContext } from './model';
import { Preview } from './Preview';

const SAVE_AFTER_MS = 400;

/** What "No mark" leaves: the card on hover, and which trigger settings open it only when asked. */
export function noneHelp(): string {
  return t('optionsMarkNoneHelp', [t('optionsTriggerHoldKey'), t('optionsTriggerClick'), t('optionsTrigger')]);
}

export function MarkLook({ settings, save }: Pick<OptionsContext, 'settings' | 'save'>) {
  // Firefox before 146 draws no underline in highlights: say so, and preview what the page will really show.
  const decorations = paintsDecorations(navigator.userAgent);
  const [color, setColor] = useState(settings.markColor);
  const timer = useRef<number | undefined>(undefined);

  // Follow changes made elsewhere (another tab, a reset, an import).
  useEffect(() => setColor(settings.markColor), [settings.markColor]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const pick = (value: string, now: boolean) => {
    const next = normalizeColor(value);
    if (!next) return;
    setColor(next);
    window.clearTimeout(timer.current);
    if (now) save({ markColor: next });
    else timer.current = window.setTimeout(() => save({ markColor: next }), SAVE_AFTER_MS);
  };

  return (
    <div class="mark-look">
      <div class="mark-controls">
        <ChoiceGroup<MarkStyle>
          name="markStyle"
          legend={t('optionsMarkStyle')}
          value={settings.markStyle}
          layout="list"
          choices={[
            { value: 'underline', label: t('optionsMarkUnderline'), help: decorations ? undefined : t('optionsMarkUnderlineAsTint') },
            { value: 'background', label: t('optionsMarkBackground') },
            { value: 'none', label: t('optionsMarkNone'), help: noneHelp() },
          ]}
          onChange={(markStyle) => save({ markStyle })}
        />
        <div class="row field color-field">
          <label for="markColor" class="field-label">
            {t('optionsMarkColor')}
          </label>
          <div class="color-controls">
            <input
              id="markColor"
              type="color"
              value={color}
              onInput={(e) => pick(e.currentTarget.value, false)}
              onChange={(e) => pick(e.currentTarget.value, true)}
            />
            <code class="color-value">{color}</code>
            {color !== DEFAULT_SETTINGS.markColor && (
              <button type="button" class="button quiet" onClick={() => pick(DEFAULT_SETTINGS.markColor, true)}>
                {t('optionsMarkColorDefault')}
              </button>
            )}
          </div>
        </div>
      </div>
      <div class="preview-wrap">
        <p class="preview-title" aria-hidden="true">
          {t('optionsPreview')}
        </p>
        <Preview settings={settings} color={color} decorations={decorations} />
      </div>
    </div>
  );
}
