// Two chains side by side: layer, parent, kind, stage, DA, proofs, gains and risks.
import type { ComponentChildren } from 'preact';
import { chainById, chains } from '../../data';
import type { Chain } from '../../data/types';
import { t } from '../../ui/i18n';
import { BackLink } from '../BackLink';
import { kindLabel, layerLabel, stageLabel } from '../labels';
import { LayerBadge } from '../LayerBadge';
import { compareChains } from '../search';
import { StatusWarning } from './StatusWarning';

const sorted = () => [...chains].sort(compareChains);

/** A chain picker; `other` (the other picker's chain) is left out: a chain against itself compares nothing. */
function Picker(props: {
  id: string;
  label: string;
  value: string | null;
  other: string | null;
  onChange: (id: string) => void;
}) {
  return (
    <div class="filter">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{t('popupComparePick')}</option>
        {sorted()
          .filter((c) => c.id !== props.other)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} (L{c.layer})
            </option>
          ))}
      </select>
    </div>
  );
}

const dash = '—';
const list = (items: string[]) =>
  items.length ? (
    <ul class="bullets">
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  ) : (
    dash
  );

const ROWS: { key: string; cell: (c: Chain) => ComponentChildren }[] = [
  { key: 'popupFactLayer', cell: (c) => layerLabel(c.layer) },
  {
    key: 'popupFactParent',
    cell: (c) => {
      const p = c.parent ? chainById(c.parent) : undefined;
      return p ? <a href={`#chain=${p.id}`}>{p.name}</a> : t('popupNoParent');
    },
  },
  { key: 'popupFactKind', cell: (c) => kindLabel(c.kind) },
  { key: 'popupFactStage', cell: (c) => (c.stage === null ? dash : stageLabel(c.stage)) },
  { key: 'popupFactDa', cell: (c) => c.da ?? dash },
  { key: 'popupFactProofs', cell: (c) => c.proofSystem ?? dash },
  { key: 'popupGains', cell: (c) => list(c.tradeoffs.gains) },
  { key: 'popupRisks', cell: (c) => list(c.tradeoffs.risks) },
];

export function Compare(props: {
  a: string;
  b: string | null;
  backHref: string;
  onChange: (a: string, b: string | null) => void;
}) {
  const a = chainById(props.a);
  const b = props.b ? chainById(props.b) : undefined;
  return (
    <div class="compare">
      <BackLink fallbackHref={props.backHref} fallbackLabel={t('popupBackToDirectory')} />
      <h2 class="view-title" tabIndex={-1} data-view-focus>
        {t('popupCompareTitle')}
      </h2>
      <div class="compare-pickers">
        <Picker
          id="compare-a"
          label={t('popupCompareFirst')}
          value={a ? a.id : null}
          other={b ? b.id : null}
          onChange={(id) => id && props.onChange(id, props.b)}
        />
        <Picker
          id="compare-b"
          label={t('popupCompareSecond')}
          value={b ? b.id : null}
          other={a ? a.id : null}
          onChange={(id) => props.onChange(props.a, id || null)}
        />
      </div>
      {a && b ? (
        <table class="compare-table">
          <caption class="sr-only">{t('popupCompareCaption', [a.name, b.name])}</caption>
          <thead>
            <tr>
              <td />
              {[a, b].map((c) => (
                <th key={c.id} scope="col">
                  <LayerBadge layer={c.layer} /> <a href={`#chain=${c.id}`}>{c.name}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.key}>
                <th scope="row">{t(row.key)}</th>
                <td>{row.cell(a)}</td>
                <td>{row.cell(b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('popupComparePrompt')}</p>
      )}
      {a && <StatusWarning chain={a} />}
      {b && <StatusWarning chain={b} />}
    </div>
  );
}
