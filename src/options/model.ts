// The shapes the options page is built from: sections of searchable items, and what each item may use.
import type { ComponentChild } from 'preact';
import type { SettingsPatch } from '../settings/patch';
import type { Settings } from '../settings/schema';

export interface OptionsContext {
  settings: Settings;
  /** Saves a change right away; the page shows "Saving…" then "Saved". */
  save: (patch: SettingsPatch) => void;
  /** For changes made elsewhere (reset, import): show these settings now. */
  replace: (settings: Settings) => void;
}

export interface SettingItem {
  id: string;
  /** Every text the item shows, so the search finds it by any of them. */
  texts: string[];
  render: () => ComponentChild;
}

export interface SectionDef {
  id: string;
  title: string;
  items: SettingItem[];
}
