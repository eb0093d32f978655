// The one element we add to a page: a host with a closed shadow root that holds all of our UI.
// Page CSS cannot reach in (closed root, `all: initial`), and our CSS cannot leak out.

export const HOST_TAG = 'layerlens-ui';

export interface UiHost {
  /** Our element: made the first time it is asked for (a tooltip opening, the fallback style for marks). */
  readonly element: HTMLElement;
  /** The element if it has been made, else null: most frames never show UI, and never pay for a host. */
  readonly made: HTMLElement | null;
  /** Closed shadow root: only we hold this reference. Asking for it makes the host. */
  readonly root: ShadowRoot;
  /** Attaches the host (first use), or puts it back if the page removed it. */
  ensureAttached(): void;
  /**
   * Draws our UI at the viewport's scale under a page zoomed on its root element. Asked when a card opens, not on
   * every attach: reading the root's style may restyle the page, which must not land in our marks' first draw.
   */
  fitViewportScale(): void;
  destroy(): void;
}

/**
 * Our host element. A page may have defined `layerlens-ui` as its own custom element before we run: then its
 * constructor runs on our element (and can take the shadow root first, which stopped Layerlens on the page;
 * found by tests/e2e/hostile, predefined-host page). An element of an undefined name is not `:defined`; if ours
 * is, the name is taken, and we use one the page cannot have guessed.
 */
function hostElement(): HTMLElement {
  const element = document.createElement(HOST_TAG);
  if (!element.matches(':defined')) return element;
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  return document.createElement(`${HOST_TAG}-${suffix}`);
}

/**
 * Our host, made on first use: creating a custom element, testing `:defined` and building the shadow root's sheet
 * cost every frame of every page 1.5–2 ms at start-up (traced on the 3 MB bench page), though most frames never
 * show a tooltip. Made late, the `:defined` test also sees a name the page defined after we started.
 */
export function createHost(css: string): UiHost {
  let made: { element: HTMLElement; root: ShadowRoot } | null = null;
  const make = () => (made ??= buildHost(css));
  return {
    get element() {
      return make().element;
    },
    get made() {
      return made?.element ?? null;
    },
    get root() {
      return make().root;
    },
    // Not attached until asked: a page where Layerlens stays off never sees our element.
    ensureAttached() {
      const { element } = make();
      if (!element.isConnected) document.documentElement.append(element);
    },
    fitViewportScale() {
      undoRootZoom(make().element);
    },
    destroy: () => made?.element.remove(),
  };
}

/**
 * A page zoomed on its root element (`html { zoom: 2 }`) zooms our host, its child, too: the card drawn twice as big,
 * and placed in zoomed pixels where the name's rectangle is in the viewport's, far from the name. The host takes the
 * inverse zoom, so our UI is drawn at the viewport's scale (as it is under a zoomed <body>, whose sibling it is).
 */
function undoRootZoom(element: HTMLElement): void {
  const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom);
  if (Number.isFinite(zoom) && zoom > 0 && Math.abs(zoom - 1) > 1e-3) element.style.setProperty('zoom', String(1 / zoom), 'important');
  else element.style.removeProperty('zoom');
}

function buildHost(css: string): { element: HTMLElement; root: ShadowRoot } {
  const element = hostElement();
  // CSSOM, not a style attribute: works under a strict style-src CSP.
  const style = element.style;
  style.setProperty('all', 'initial', 'important');
  style.setProperty('position', 'fixed', 'important');
  style.setProperty('inset', '0 auto auto 0', 'important');
  style.setProperty('width', '0', 'important');
  style.setProperty('height', '0', 'important');
  style.setProperty('z-index', '2147483647', 'important');
  style.setProperty('display', 'block', 'important');
  style.setProperty('overflow', 'visible', 'important');
  const root = element.attachShadow({ mode: 'closed' });
  adoptCss(root, css);
  return { element, root };
}

/** Styles for our shadow root: a constructed sheet where allowed, else a <style> inside the root. */
function adoptCss(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Fall through: some engines refuse constructed sheets from an isolated world.
  }
  const styleElement = document.createElement('style');
  styleElement.textContent = css;
  root.append(styleElement);
}
