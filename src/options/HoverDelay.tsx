// The hover delay slider: shows the value as it moves, saves when it is let go (or on each arrow key).
import { useEffect, useState } from 'preact/hooks';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '../settings/schema';
import { t } from '../ui/i18n';
import type { OptionsContext } from './model';

export function HoverDelay({ settings, save }: Pick<OptionsContext, 'settings' | 'save'>) {
  const [value, setValue] = useState(settings.trigger.hoverDelayMs);
  useEffect(() => setValue(settings.trigger.hoverDelayMs), [settings.trigger.hoverDelayMs]);
  const disabled = settings.trigger.mode === 'click';
  return (
    <div class={`row field range-field${disabled ? ' is-disabled' : ''}`}>
      <label for="hoverDelayMs" class="field-label">
        {t('optionsHoverDelay')}
      </label>
      <div class="range-controls">
        <input
          id="hoverDelayMs"
          type="range"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={50}
          value={value}
          disabled={disabled}
          aria-valuetext={t('optionsHoverDelayValue', String(value))}
          onInput={(e) => setValue(Number(e.currentTarget.value))}
          onChange={(e) => save({ trigger: { hoverDelayMs: Number(e.currentTarget.value) } })}
        />
        <output for="hoverDelayMs" class="range-value">
          {t('optionsHoverDelayValue', String(value))}
        </output>
      </div>
    </div>
  );
}
