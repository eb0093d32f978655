// The directory's list: a search box (name, alias or ticker), four filters, and the matching chains.
import { chainById, chains } from '../../data';
import { t } from '../../ui/i18n';
import { kindLabel, statusLabel } from '../labels';
import { LayerBadge } from '../LayerBadge';
import { matchedForm, searchChains, type Filters } from '../search';
import { FilterBar } from './FilterBar';

export function SearchView(props: {
  query: string;
  filters: Filters;
  onQuery: (query: string) => void;
  onFilters: (filters: Filters) => void;
}) {
  const results = searchChains(chains, props.query, props.filters);
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
          placeholder={t('popupSearchPlaceholder')}
          value={props.query}
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            // Enter opens the best match.
            if (e.key === 'Enter' && results[0]) location.hash = `chain=${results[0].id}`;
          }}
        />
      </div>
      <FilterBar filters={props.filters} onChange={props.onFilters} />
      <p class="result-count" role="status" aria-live="polite">
        {results.length === 1 ? t('popupResultsOne') : t('popupResults', String(results.length))}
      </p>
      {results.length === 0 ? (
        <p class="muted">{t('popupNoResults')}</p>
      ) : (
        <ul class="results">
          {results.map((chain) => {
            const parent = chain.parent ? chainById(chain.parent) : undefined;
            const via = matchedForm(chain, props.query);
            return (
              <li key={chain.id}>
                <a class="result" href={`#chain=${chain.id}`}>
                  <LayerBadge layer={chain.layer} />
                  <span class="result-text">
                    <span class="result-name">
                      {chain.name}
                      {via && (
                        <span class="result-via">
                          {' '}
                          {via.field === 'ticker' ? t('popupMatchedTicker', via.form) : t('popupMatchedAlias', via.form)}
                        </span>
                      )}
                    </span>
                    <span class="result-meta">
                      {kindLabel(chain.kind)}
                      {parent ? ` · ${t('popupOnParent', parent.name)}` : ''}
                      {chain.nativeToken ? ` · ${chain.nativeToken}` : ''}
                    </span>
                  </span>
                  {chain.status !== 'active' && (
                    <span class={`tag tag-${chain.status}`}>{statusLabel(chain.status)}</span>
                  )}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
