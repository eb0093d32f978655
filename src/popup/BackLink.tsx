// A view's way back, for the toolbar popup that has no Back button: to the view the reader came from in the popup,
// named after it ("← Learn"), by history.back() so that view comes back as it was left (Learn scrolled where it was,
// the directory with its query); to `fallbackHref` when the popup opened on this view.
import { t } from '../ui/i18n';
import { previousRoute } from './history';
import { backLinkKey, formatHash } from './route';

/** A click that opens the link elsewhere (new tab, window): leave it to the browser. */
const elsewhere = (e: MouseEvent) => e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;

export function BackLink(props: { fallbackHref: string; fallbackLabel: string }) {
  const from = previousRoute();
  if (!from) {
    return (
      <a class="back" href={props.fallbackHref}>
        {props.fallbackLabel}
      </a>
    );
  }
  return (
    <a
      class="back"
      // Where history.back() goes, for a link opened elsewhere ("#" is this page's view: no hash of its own).
      href={formatHash(from) || '#'}
      onClick={(e) => {
        if (elsewhere(e)) return;
        e.preventDefault();
        history.back();
      }}
    >
      {t(backLinkKey(from))}
    </a>
  );
}
