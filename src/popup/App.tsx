// The popup: three tabs (this page, learn, directory) over quick controls. Its state lives in the URL hash,
// so deep links (#chain=…, #search=…, #compare=a,b, #term=…) open the right view.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { Directory } from './directory/Directory';
import { Explainer } from './explainer/Explainer';
import { GlossaryView } from './explainer/GlossaryView';
import { PageChains } from './PageChains';
import { usePage } from './page';
import { QuickControls } from './QuickControls';
import { Guard } from './Guard';
import { HostAccess } from './HostAccess';
import { noteHistoryEntry, recallEntry } from './history';
import { formatHash, parseHash, type Route, type TabName } from './route';
import { NO_FILTERS, type Filters } from './search';
import { TabPanel, Tabs } from './Tabs';
import { focusNewView } from './viewFocus';

/** Which view is showing (not its inputs): a new view gets a fresh error guard, typing in the search does not. */
function viewKey(route: Route): string {
  if (route.tab === 'directory') return route.chain ? `chain:${route.chain}` : route.compare ? 'compare' : 'list';
  if (route.tab === 'learn') return route.term ? `term:${route.term}` : 'learn';
  return 'page';
}

function currentRoute(): Route {
  return parseHash(location.hash);
}

export function App() {
  const [route, setRoute] = useState<Route>(currentRoute);
  const [query, setQuery] = useState(() => (route.tab === 'directory' ? route.search : ''));
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const main = useRef<HTMLElement>(null);
  /** Where to scroll once the view renders: back on an entry the popup showed before, as far down as the reader was. */
  const restoreScroll = useRef<number | null>(null);
  const page = usePage();

  useEffect(() => {
    const onChange = () => {
      // The view on screen is still the one being left: how far it was scrolled is kept for coming back to it.
      if (!noteHistoryEntry({ scrollTop: main.current?.scrollTop ?? 0 })) return;
      const next = currentRoute();
      setRoute(next);
      if (next.tab === 'directory' && !next.chain && !next.compare) setQuery(next.search);
      const scrollTop = recallEntry()?.scrollTop;
      if (scrollTop !== undefined) restoreScroll.current = scrollTop;
      else if (!(next.tab === 'learn' && next.section)) main.current?.scrollTo(0, 0);
    };
    addEventListener('hashchange', onChange);
    addEventListener('popstate', onChange);
    return () => {
      removeEventListener('hashchange', onChange);
      removeEventListener('popstate', onChange);
    };
  }, []);

  // After the render that shows the view again, before it is painted.
  useLayoutEffect(() => {
    if (restoreScroll.current === null) return;
    main.current?.scrollTo(0, restoreScroll.current);
    restoreScroll.current = null;
  });

  // A new view takes focus at its start, its heading mostly (see viewFocus.ts); not on the first render.
  const key = viewKey(route);
  const shownView = useRef(key);
  useEffect(() => {
    if (key === shownView.current) return;
    shownView.current = key;
    if (main.current) focusNewView(main.current);
  }, [key]);

  /** Goes to a route, as a new history entry (so Back works when the popup is open in a tab). */
  const go = (next: Route, replace = false) => {
    const url = formatHash(next) || location.pathname + location.search;
    const scrollTop = main.current?.scrollTop ?? 0;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(null, '', url);
    noteHistoryEntry({ scrollTop });
    setRoute(next);
    main.current?.scrollTo(0, 0);
  };

  const selectTab = (tab: TabName) => {
    if (tab === route.tab) return;
    if (tab === 'page') go({ tab: 'page' });
    else if (tab === 'learn') go({ tab: 'learn' });
    else go({ tab: 'directory', search: query });
  };

  const onQuery = (text: string) => {
    setQuery(text);
    go({ tab: 'directory', search: text }, true);
  };

  const host = page.status === 'ready' && page.state.host ? page.state.host : null;

  return (
    <div class="app">
      <header class="head">
        <div class="top">
          <svg class="logo" viewBox="0 0 24 24" aria-hidden="true">
            <rect x="3" y="15" width="18" height="5" rx="1.5" class="logo-l1" />
            <rect x="5" y="9" width="14" height="5" rx="1.5" class="logo-l2" />
            <rect x="7" y="3" width="10" height="5" rx="1.5" class="logo-l3" />
          </svg>
          <h1 class="brand">{t('popupTitle')}</h1>
        </div>
        <Tabs
          tabs={[
            { id: 'page', label: t('popupTabPage') },
            { id: 'learn', label: t('popupTabLearn') },
            { id: 'directory', label: t('popupTabDirectory') },
          ]}
          selected={route.tab}
          onSelect={selectTab}
        />
      </header>
      <main class="main" ref={main}>
        <Guard part="host access">
          <HostAccess />
        </Guard>
        <TabPanel id={route.tab}>
          <Guard part={route.tab} key={key}>
            {route.tab === 'page' && <PageChains page={page} />}
            {route.tab === 'learn' && (route.term ? <GlossaryView id={route.term} /> : <Explainer focus={route.section} />)}
            {route.tab === 'directory' && (
              <Directory
                route={route}
                query={query}
                filters={filters}
                onQuery={onQuery}
                onFilters={setFilters}
                onCompare={(a, b) => go({ tab: 'directory', search: '', compare: [a, b] }, true)}
              />
            )}
          </Guard>
        </TabPanel>
      </main>
      <Guard part="quick controls">
        <QuickControls host={host} />
      </Guard>
    </div>
  );
}
