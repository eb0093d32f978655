// The directory's list: a search box (name, alias or ticker; then kind, layer, stack or parent), four filters, and
// the matching chains.
// The box is a combobox over the results: one result is active (highlighted, aria-activedescendant), ArrowUp and
// ArrowDown move it, Enter opens it.
import { useState } from 'preact/hooks';
import { chainById, chains } from '../../data';
import { t } from '../../ui/i18n';
import { kindLabel, layerLabel, statusLabel } from '../labels';
import { LayerBadge } from '../LayerBadge';
import { matchedForm, searchChains, type FacetLabels, type Filters } from '../search';
import { FilterBar } from './FilterBar';

/** A chain is found by the kind and layer labels the list and the filters show. One object: search caches by it. */
const FACET_LABELS: FacetLabels = { kind: kindLabel, layer: layerLabel, status: statusLabel };

/** Why a chain is listed when its name does not say: the alias, ticker or stack the query matched. */
function viaText(via: NonNullable<ReturnType<typeof matchedForm>>): string {
  if (via.field === 'ticker') return t('popupMatchedTicker', via.form);
  if (via.field === 'stack') return t('popupMatchedStack', via.form);
  return t('popupMatchedAlias', via.form);
}

export function SearchView(props: {
  query: string;
  filters: Filters;
  onQuery: (query: string) => void;
  onFilters: (filters: Filters) => void;
}) {
  const results = searchChains(chains, props.query, props.filters, FACET_LABELS);
  // The active result is the best match again whenever the query or a filter changes.
  const listKey = `${props.query}\n${JSON.stringify(props.filters)}`;
  const [cursor, setCursor] = useState({ listKey, index: 0 });
  const active = cursor.listKey === listKey ? Math.min(cursor.index, results.length - 1) : 0;
  const activeChain = results[active];
  const optionId = (id: string) => `result-${id}`;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      if (activeChain) location.hash = `chain=${activeChain.id}`;
      return;
    }
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (!step || results.length === 0) return;
    e.preventDefault();
    const index = Math.max(0, Math.min(results.length - 1, active + step));
    setCursor({ listKey, index });
    const next = results[index];
    // After the render that marks it: keep the active result in view as it moves.
    if (next) requestAnimationFrame(() => document.getElementById(optionId(next.id))?.scrollIntoView({ block: 'nearest' }));
  };

  return (
    <div class="directory">
      <div class="search">
        <label for="dir-search" class="sr-only">
          {t('popupSearchLabel')}
        </label>
        <input
          id="dir-search"
          type="search"
          class="search-input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls="dir-results"
          aria-activedescendant={activeChain ? optionId(activeChain.id) : undefined}
          data-view-focus
          placeholder={t('popupSearchPlaceholder')}
          value={props.query}
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <FilterBar filters={props.filters} onChange={props.onFilters} />
      <p class="result-count" role="status" aria-live="polite">
        {results.length === 1 ? t('popupResultsOne') : t('popupResults', String(results.length))}
      </p>
      {results.length === 0 && <p class="muted">{t('popupNoResults')}</p>}
      {/* Kept when empty, so the search box's aria-controls always names an element. */}
      <ul id="dir-results" class="results" role="listbox" aria-label={t('popupResultsLabel')} hidden={results.length === 0}>
        {results.map((chain, i) => {
          const parent = chain.parent ? chainById(chain.parent) : undefined;
          const via = matchedForm(chain, props.query);
          return (
            <li key={chain.id} role="none">
              {/* Still a link, for the mouse; out of the Tab order, as the arrow keys reach it from the search box. */}
              <a
                id={optionId(chain.id)}
                class="result"
                href={`#chain=${chain.id}`}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
              >
                <LayerBadge layer={chain.layer} />
                <span class="result-text">
                  <span class="result-name">
                    {chain.name}
                    {via && <span class="result-via"> {viaText(via)}</span>}
                  </span>
                  <span class="result-meta">
                    {kindLabel(chain.kind)}
                    {parent ? ` · ${t('popupOnParent', parent.name)}` : ''}
                    {chain.nativeToken ? ` · ${chain.nativeToken}` : ''}
                  </span>
                </span>
                {chain.status !== 'active' && <span class={`tag tag-${chain.status}`}>{statusLabel(chain.status)}</span>}
                {/* What Enter opens (shown while the search box has focus). */}
                {i === active && (
                  <kbd class="result-enter" aria-hidden="true">
                    ↵
                  </kbd>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
