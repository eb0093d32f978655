// Filters by layer, kind, parent and status; each offers only the values the dataset has.
import { chains } from '../../data';
import type { ChainKind, ChainStatus, Layer } from '../../data/types';
import { t } from '../../ui/i18n';
import { kindLabel, layerLabel, statusLabel } from '../labels';
import { filterOptions, NO_FILTERS, type Filters } from '../search';

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div class="filter">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('popupFilterAny')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterBar({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) {
  const options = filterOptions(chains);
  const active = filters.layer !== null || filters.kind !== null || filters.parent !== null || filters.status !== null;
  return (
    <fieldset class="filters">
      <legend class="sr-only">{t('popupFiltersLegend')}</legend>
      <Select
        id="filter-layer"
        label={t('popupFilterLayer')}
        value={filters.layer === null ? '' : String(filters.layer)}
        options={options.layers.map((l) => ({ value: String(l), label: layerLabel(l) }))}
        onChange={(v) => onChange({ ...filters, layer: v ? (Number(v) as Layer) : null })}
      />
      <Select
        id="filter-kind"
        label={t('popupFilterKind')}
        value={filters.kind ?? ''}
        options={options.kinds.map((k) => ({ value: k, label: kindLabel(k) }))}
        onChange={(v) => onChange({ ...filters, kind: v ? (v as ChainKind) : null })}
      />
      <Select
        id="filter-parent"
        label={t('popupFilterParent')}
        value={filters.parent ?? ''}
        options={options.parents.map((p) => ({ value: p.id, label: p.name }))}
        onChange={(v) => onChange({ ...filters, parent: v || null })}
      />
      <Select
        id="filter-status"
        label={t('popupFilterStatus')}
        value={filters.status ?? ''}
        options={options.statuses.map((s) => ({ value: s, label: statusLabel(s) }))}
        onChange={(v) => onChange({ ...filters, status: v ? (v as ChainStatus) : null })}
      />
      {active && (
        <button type="button" class="link-button clear-filters" onClick={() => onChange(NO_FILTERS)}>
          {t('popupFiltersClear')}
        </button>
      )}
    </fieldset>
  );
}
