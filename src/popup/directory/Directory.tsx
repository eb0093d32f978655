// The directory tab: search list, one chain's entry, or a comparison, chosen by the route.
import type { Route } from '../route';
import type { Filters } from '../search';
import { Compare } from './Compare';
import { EntryView } from './EntryView';
import { SearchView } from './SearchView';

export function Directory(props: {
  route: Extract<Route, { tab: 'directory' }>;
  query: string;
  filters: Filters;
  onQuery: (query: string) => void;
  onFilters: (filters: Filters) => void;
  onCompare: (a: string, b: string | null) => void;
}) {
  const backHref = props.query ? `#search=${encodeURIComponent(props.query)}` : '#directory';
  if (props.route.compare) {
    const [a, b] = props.route.compare;
    return <Compare a={a} b={b} backHref={backHref} onChange={props.onCompare} />;
  }
  if (props.route.chain) return <EntryView id={props.route.chain} backHref={backHref} />;
  return <SearchView query={props.query} filters={props.filters} onQuery={props.onQuery} onFilters={props.onFilters} />;
}
