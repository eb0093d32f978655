// An accessible tab list (WAI-ARIA tabs pattern): arrow keys, Home and End move and select.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../ui/i18n';

export interface TabDef<Id extends string> {
  id: Id;
  label: string;
}

export function Tabs<Id extends string>(props: {
  tabs: TabDef<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = props.tabs.findIndex((tab) => tab.id === props.selected);

  const onKeyDown = (event: KeyboardEvent) => {
    const n = props.tabs.length;
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % n;
    else if (event.key === 'ArrowLeft') next = (index - 1 + n) % n;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = n - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = props.tabs[next];
    if (!tab) return;
    props.onSelect(tab.id);
    refs.current[next]?.focus();
  };

  return (
    <div class="tabs" role="tablist" aria-label={t('popupTabsLabel')} onKeyDown={onKeyDown}>
      {props.tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          class="tab"
          aria-selected={tab.id === props.selected}
          aria-controls={tab.id === props.selected ? `panel-${tab.id}` : undefined}
          tabIndex={tab.id === props.selected ? 0 : -1}
          onClick={() => props.onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export function TabPanel(props: { id: string; children: ComponentChildren }) {
  return (
    <div class="panel" role="tabpanel" id={`panel-${props.id}`} aria-labelledby={`tab-${props.id}`} tabIndex={0}>
      {props.children}
    </div>
  );
}
