// The options page: a header with search and save status, then the sections, filtered by the search.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import type { OptionsContext, SectionDef } from './model';
import { SaveStatus } from './SaveStatus';
import { filterSections } from './search';
import { backupSection } from './sections/backup';
import { generalSection } from './sections/general';
import { marksSection } from './sections/marks';
import { markingSection } from './sections/marking';
import { tooltipSection } from './sections/tooltip';
import { reserveRoomForHeader } from './stickyHeader';
import { applyPageTheme } from '../ui/pageTheme';
import { useSettings } from './useSettings';
import { SettingsNotice } from './SettingsNotice';

function Section({ section }: { section: SectionDef }) {
  const headingId = `section-${section.id}`;
  return (
    <section class="section" aria-labelledby={headingId} id={section.id}>
      <h2 id={headingId}>{section.title}</h2>
      <div class="card">
        {section.items.map((item) => (
          <div class="item" key={item.id} data-setting={item.id}>
            {item.render()}
          </div>
        ))}
      </div>
    </section>
  );
}

function Logo() {
  return (
    <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
      <rect x="4" y="19" width="24" height="7" rx="2" fill="currentColor" opacity="0.35" />
      <rect x="7" y="12" width="18" height="6" rx="2" fill="currentColor" opacity="0.65" />
      <rect x="10" y="5" width="12" height="6" rx="2" fill="currentColor" />
    </svg>
  );
}

export function App() {
  const { settings, status, save, replace } = useSettings();
  const [query, setQuery] = useState('');
  const header = useRef<HTMLElement>(null);
  const loaded = settings !== null;

  useEffect(() => {
    if (settings) applyPageTheme(settings.theme);
  }, [settings?.theme]);

  // The header exists once the settings are loaded.
  useEffect(() => {
    if (!header.current) return;
    const controller = new AbortController();
    reserveRoomForHeader(header.current, controller.signal);
    return () => controller.abort();
  }, [loaded]);

  if (!settings) {
    return (
      <main class="page">
        <p class="loading">{t('optionsLoading')}</p>
      </main>
    );
  }

  const context: OptionsContext = { settings, save, replace };
  const sections = [generalSection, markingSection, marksSection, tooltipSection, backupSection].map((make) => make(context));
  const shown = filterSections(sections, query);

  return (
    <div class="page">
      <header class="top" ref={header}>
        <div class="top-inner">
          <h1 class="title">
            <Logo />
            {t('optionsTitle')}
          </h1>
          <div class="top-tools">
            <label for="search" class="visually-hidden">
              {t('optionsSearchLabel')}
            </label>
            <input
              id="search"
              class="search"
              type="search"
              placeholder={t('optionsSearchPlaceholder')}
              value={query}
              autocomplete="off"
              onInput={(e) => setQuery(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setQuery('');
              }}
            />
            <SaveStatus status={status} />
          </div>
        </div>
      </header>
      <main class="content">
        <SettingsNotice />
        {shown.map((section) => (
          <Section key={section.id} section={section} />
        ))}
        {shown.length === 0 && (
          <p class="no-match" role="status">
            {t('optionsNoMatch', query.trim())}
          </p>
        )}
      </main>
    </div>
  );
}
